package org.policygraph.model;

import java.util.List;

/** A named programme that recurs across plans (设计之都, 中欧班列, ...). */
public record InitiativeRecord(String id, String name, List<String> aliases, String note) {
}
