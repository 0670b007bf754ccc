package org.castpb.api.workers;

/** An installed allowance scheme: its id, name and region prefix (empty: national). */
public record AllowanceSchemeInfo(String id, String name, String region) {
}
