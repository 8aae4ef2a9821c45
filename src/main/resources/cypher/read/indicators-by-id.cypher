UNWIND $ids AS id
OPTIONAL MATCH (i:Indicator {id: id})
RETURN id, i {.id, .documentId, .name, .value, .valueMax, .unit, .year, .kind, .comparator, .aspirational, .location,
              .quote} AS item
