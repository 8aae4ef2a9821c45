package org.policygraph.model;

import java.util.List;

/** A park, zone or platform; {@code administeredBy} lists Department ids of its 管委会 bodies. */
public record ParkRecord(String id, String name, List<String> aliases, List<String> administeredBy, String note) {
}
