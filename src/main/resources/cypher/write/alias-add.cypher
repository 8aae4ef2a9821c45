// Adds an editor's alias; n.editorAliases keeps it apart from the curated ones so that reloading graph-seed keeps it.
MATCH (n:{{LABEL}} {id: $id})
SET n.editorAliases = coalesce(n.editorAliases, []) + $alias,
    n.aliases = coalesce(n.aliases, []) + $alias
