import type { SafetyItemKind } from '../model';
import { findingCode, safetyItemCode } from './codes';

/**
 * Puts register ids in report order: those that appear in the text first, in the
 * order they first appear, then the rest in register order. Ids that appear in
 * the text but are not in the register (a finding since deleted) are ignored.
 */
export function reportOrder(registerOrder: string[], appearing: string[]): string[] {
  const known = new Set(registerOrder);
  const placed = appearing.filter((id) => known.has(id));
  const placedSet = new Set(placed);
  return [...placed, ...registerOrder.filter((id) => !placedSet.has(id))];
}

/** F1, F2, … by first mention (findingRef) in the report; findings never mentioned follow in register order. */
export function findingCodes(findings: { id: string }[], mentioned: string[]): Map<string, string> {
  const order = reportOrder(
    findings.map((f) => f.id),
    mentioned,
  );
  return new Map(order.map((id, i) => [id, findingCode(i + 1)]));
}

/**
 * R/YYYY/NNN, O/YYYY/NNN, A/YYYY/NNN: numbered per kind by the position of each
 * item's safety item block in the report; unplaced items follow in register order.
 */
export function safetyItemCodes(
  items: { id: string; kind: SafetyItemKind }[],
  placed: string[],
  year: number,
): Map<string, string> {
  const kindOf = new Map(items.map((item) => [item.id, item.kind]));
  const counters = new Map<SafetyItemKind, number>();
  const codes = new Map<string, string>();
  for (const id of reportOrder(
    items.map((i) => i.id),
    placed,
  )) {
    const kind = kindOf.get(id)!;
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    codes.set(id, safetyItemCode(kind, year, n));
  }
  return codes;
}
