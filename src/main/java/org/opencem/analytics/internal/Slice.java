package org.opencem.analytics.internal;

import java.time.LocalDate;

/** One cell of a read: the group's key (a unit or touchpoint id, a channel…, "" for none) and the day, when split by day. */
record Slice(String group, LocalDate day) {
}
