package org.kirok.urgent;

import java.time.Instant;
import java.util.UUID;

/** A case in a list: code, title, status, risk. */
public record CaseSummary(UUID id, String code, String title, CaseStatus status, RiskLevel risk, Instant createdAt) {
}
