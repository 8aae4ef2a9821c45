package org.policygraph.api.badinput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a plain socket, so a case's request goes on the wire exactly as the case file says:
 * the usual clients refuse or repair what the corpus needs to send (java.net.URI rejects a malformed percent-escape,
 * rest-assured and the JDK client add a Content-Type or charset of their own). The request carries
 * {@code Connection: close}; the response is read until the server closes, within {@code timeout} in all — a
 * server that does not answer in time fails the case as a hang.
 *
 * <p>The request is written on its own thread while the response is read: the server may answer (413, 414) and close
 * before an oversized request has been written, and that answer is what the case checks.
 */
final class RawHttp {

    record Response(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The server did not answer within the timeout. */
    static final class Hang extends AssertionError {
        Hang(String message) {
            super(message);
        }
    }

    private RawHttp() {
    }

    static Response exchange(String host, int port, String method, String target, Map<String, String> headers,
            byte[] body, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        byte[] request = concat(head.toString().getBytes(StandardCharsets.UTF_8), body == null ? new byte[0] : body);

        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            Thread writer = new Thread(() -> write(socket, request), "bad-input-writer");
            writer.setDaemon(true);
            writer.start();
            byte[] raw = readUntilClosed(socket, deadline, timeout);
            return parse(raw, method.equals("HEAD"));
        }
    }

    private static void write(Socket socket, byte[] request) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
        } catch (IOException e) {
            // The server answered and closed before the whole request was sent (413, 414): the answer is read anyway.
        }
    }

    private static byte[] readUntilClosed(Socket socket, long deadline, Duration timeout) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (left <= 0) {
                throw new Hang("no complete answer within " + timeout.toSeconds() + " s (a hang); received so far: "
                        + received.toString(StandardCharsets.UTF_8));
            }
            socket.setSoTimeout((int) left);
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                continue; // the deadline check above reports it
            } catch (SocketException e) {
                if (received.size() > 0) {
                    break; // reset after the answer, because the unread rest of the request was refused: fine
                }
                throw e;
            }
            if (n < 0) {
                break;
            }
            received.write(buffer, 0, n);
        }
        return received.toByteArray();
    }

    private static Response parse(byte[] raw, boolean head) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            throw new AssertionError("not an HTTP response: " + new String(raw, StandardCharsets.UTF_8));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = head ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        } else if (headers.containsKey("content-length")) {
            body = Arrays.copyOf(body, Math.min(body.length, Integer.parseInt(headers.get("content-length"))));
        }
        return new Response(status, headers, body);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(Arrays.copyOfRange(chunked, at, chunked.length), "\r\n".getBytes(StandardCharsets.US_ASCII));
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size = Integer.parseInt(sizeLine, 16);
            if (size == 0) {
                break;
            }
            at += lineEnd + 2;
            body.write(chunked, at, Math.min(size, chunked.length - at));
            at += size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
