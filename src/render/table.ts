// Tables that line up with Chinese text: cells wrapped by display width before cli-table3 sees them.
import Table from "cli-table3";
import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";
import { foldSpace } from "./safe.js";
import type { RenderOptions } from "./style.js";

export interface Column {
  head: string;
  /** Share of the spare width this column may grow into; 0 keeps it at its content width. */
  grow: number;
  min?: number;
}

/** Column widths that fit the terminal: fixed columns at their content width, the rest share what is left. */
export function fitWidths(columns: Column[], rows: string[][], total: number): number[] {
  const natural = columns.map((c, i) => Math.max(stringWidth(c.head), ...rows.map((r) => maxLine(r[i] ?? "")), c.min ?? 1));
  const borders = columns.length * 3 + 1;
  const fixed = columns.reduce((s, c, i) => s + (c.grow ? 0 : natural[i]!), 0);
  const growing = columns.filter((c) => c.grow);
  const spare = Math.max(growing.length * 8, total - borders - fixed);
  const shares = growing.reduce((s, c) => s + c.grow, 0);
  return columns.map((c, i) => (c.grow ? Math.max(c.min ?? 6, Math.min(natural[i]!, Math.floor((spare * c.grow) / shares))) : natural[i]!));
}

function maxLine(s: string): number {
  return Math.max(0, ...s.split("\n").map((l) => stringWidth(l)));
}

/** Renders rows as a bordered table string; never prints. */
export function renderTable(columns: Column[], rows: string[][], opts: RenderOptions, paint: (s: string) => string): string {
  const widths = fitWidths(columns, rows, opts.columns);
  const wrap = (s: string, w: number) => wrapAnsi(s, w, { hard: true, trim: true, wordWrap: true });
  const table = new Table({
    head: columns.map((c, i) => paint(wrap(c.head, widths[i]!))),
    colWidths: widths.map((w) => w + 2),
    wordWrap: false,
    style: { head: [], border: opts.color ? ["grey"] : [], compact: true },
  });
  for (const row of rows) table.push(row.map((cell, i) => wrap(cell, widths[i]!)));
  return table.toString();
}

/** Rows as plain tab-separated lines, for pipes and scripts that cut columns. */
export function renderPlain(rows: string[][]): string {
  return rows.map((r) => r.map((c) => foldSpace(c).trim()).join("\t")).join("\n");
}
