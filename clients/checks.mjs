// What every client check script shares: its endpoint argument, named checks that count failures instead of stopping
// at the first, and the exit status (0 when every check passed).
export function endpointArgument(script) {
  const endpoint = process.argv[2];
  if (!endpoint) {
    console.error(`usage: node ${script} <graphql endpoint url>`);
    process.exit(2);
  }
  return endpoint;
}

let failures = 0;

export async function check(name, fn) {
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${e && e.stack ? e.stack : e}`);
  }
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Prints the verdict of the checks so far and exits with it. */
export function finish(suite) {
  console.log(failures === 0 ? `${suite}: all checks passed` : `${suite}: ${failures} check(s) failed`);
  process.exit(failures === 0 ? 0 : 1);
}
