import { BasisRelied, Reason } from '@ledger/domain';
import Table from 'cli-table3';

/** The tables fit a terminal of this many columns, whatever the explanations say. */
export const TABLE_WIDTH = 100;
/** Wide enough for the longest reason code. */
const DECISION_WIDTH = 32;
/** A table of n columns draws n + 1 vertical bars. */
const BARS = 4;
/** A space either side of a cell's text. */
const PADDING = 2;

/** One decision as a row: what it is about (a purpose, a moment), and the decision. */
export interface DecisionRow {
  key: string;
  permitted: boolean;
  reasons: readonly Reason[];
  basis: BasisRelied | null;
  explanation?: string;
}

/**
 * `key | decision | basis and why`: the verdict with its reason codes, then the basis relied on and the
 * explanation (or the first reason's message), wrapped so that no line is wider than `TABLE_WIDTH`.
 */
export function decisionTable(keyHead: string, keyWidth: number, rows: readonly DecisionRow[]): string {
  const widths = [keyWidth, DECISION_WIDTH, TABLE_WIDTH - BARS - keyWidth - DECISION_WIDTH];
  const table = new Table({
    head: [keyHead, 'decision', 'basis and why'],
    colWidths: widths,
    wordWrap: true,
    style: { head: [], border: [] },
    // No rule between rows: a row is as tall as its longest cell.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) {
    const basis = row.basis ? [row.basis.legalBasis, row.basis.basisId] : [];
    const cells = [
      row.key,
      [row.permitted ? 'permitted' : 'not permitted', ...row.reasons.map((reason) => reason.code)].join('\n'),
      [...basis, row.explanation ?? row.reasons[0].message].join('\n'),
    ];
    table.push(cells.map((cell, column) => breakLongWords(cell, widths[column] - PADDING)));
  }
  return table.toString() + '\n';
}

/**
 * Puts a line break into every word longer than `width`: the table wraps text at spaces and cuts off a word
 * that does not fit, and ids have no spaces.
 */
function breakLongWords(text: string, width: number): string {
  return text.replace(new RegExp(`\\S{${width}}(?=\\S)`, 'g'), (line) => line + '\n');
}
