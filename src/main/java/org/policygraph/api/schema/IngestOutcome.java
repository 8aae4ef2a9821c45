package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("What an ingest did: CREATED (new id), REPLACED (changed text), UNCHANGED (same text; nothing written).")
public enum IngestOutcome { CREATED, REPLACED, UNCHANGED }
