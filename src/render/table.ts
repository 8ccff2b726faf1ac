// Tables that fit the terminal and line up with Chinese text: widths measured by display width, cells wrapped and drawn
// here, the column marked to give way shrinking first, an address never broken (its column is left
// out instead), and below the width where a table can be read, one block per row.
import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";
import { foldSpace } from "./safe.js";
import { painter, type RenderOptions } from "./style.js";

export interface Column {
  head: string;
  /** Share of what must be given up that this column gives, by weight; 0 keeps it at its content width. */
  grow: number;
  /** The narrowest it may become. */
  min?: number;
  /** Gives way first when the terminal is narrow (the reasons, the summary): shrinks to its min before any other. */
  yields?: boolean;
  /** A URL or an id: never broken, left out when it does not fit. */
  atomic?: boolean;
  /** Names: never broken inside a Latin word ("Character.ai"), so the column is at least its longest word. */
  keepWords?: boolean;
}
/** How a table falls back: what to say under it when an address was left out (the command that shows it, `aigc show
 * <tool>`), and how many leading cells make a block's heading in the narrow layout. */
export interface Fallback {
  leftOut?: string;
  heading?: number;
}

const BORDER = 3;
/** Text of this display width or less reads as a paragraph; a narrower table column is a word list. */
const READABLE = 8;

/** The display width of the widest line of a cell. */
function maxLine(s: string): number {
  let w = 0;
  for (const line of s.split("\n")) w = Math.max(w, stringWidth(line));
  return w;
}

/** The longest run of non-Han, non-space characters: what must not be broken. */
function longestWord(s: string): number {
  let w = 0;
  for (const word of s.split(/[\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/)) w = Math.max(w, stringWidth(word));
  return w;
}

/** Widths that fit `total` columns, and which columns are kept; null when no table of these columns can be read there. */
export function fitColumns(columns: Column[], rows: string[][], total: number): { widths: number[]; keep: boolean[] } | null {
  const natural = columns.map((c, i) => Math.max(stringWidth(c.head), ...rows.map((r) => maxLine(r[i] ?? "")), 1));
  const least = columns.map((c, i) => {
    if (c.atomic || !c.grow) return natural[i]!;
    const words = c.keepWords ? Math.max(...rows.map((r) => longestWord(r[i] ?? ""))) : 0;
    return Math.min(natural[i]!, Math.max(c.min ?? READABLE, words));
  });
  const keep = columns.map(() => true);
  for (;;) {
    const kept = columns.flatMap((_, i) => (keep[i] ? [i] : []));
    const room = total - (kept.length * BORDER + 1);
    const widths = natural.slice();
    let over = kept.reduce((s, i) => s + widths[i]!, 0) - room;
    // The column that yields gives way first, down to a third of the room, so it stays readable; then the others share
    // what is left to give by their weights; then the yielding column gives the rest.
    const yielding = kept.filter((i) => columns[i]!.yields);
    const comfortable = Math.floor(room / 3);
    const passes: Array<[number[], (i: number) => number]> = [
      [yielding, (i) => Math.max(least[i]!, Math.min(natural[i]!, comfortable))],
      [kept.filter((i) => columns[i]!.grow && !columns[i]!.yields), (i) => least[i]!],
      [yielding, (i) => least[i]!],
    ];
    for (const [pass, floor] of passes) {
      while (over > 0) {
        const able = pass.filter((i) => widths[i]! > floor(i));
        if (!able.length) break;
        const weight = able.reduce((s, i) => s + columns[i]!.grow, 0);
        let given = 0;
        for (const i of able) {
          const share = Math.max(1, Math.floor((over * columns[i]!.grow) / weight));
          const cut = Math.min(share, widths[i]! - floor(i), over - given);
          widths[i] = widths[i]! - cut;
          given += cut;
        }
        over -= given;
        if (!given) break;
      }
    }
    if (over <= 0) return { widths, keep };
    // Still too wide: leave out an address column, the rightmost first; without one to leave out, no table fits.
    const drop = kept.filter((i) => columns[i]!.atomic).pop();
    if (drop === undefined) return null;
    keep[drop] = false;
  }
}

/** A cell's text wrapped to a width by display width; Chinese breaks anywhere, a Latin word only when it must. */
export function wrapCell(s: string, width: number): string {
  return wrapAnsi(s, width, { hard: true, trim: true, wordWrap: true });
}

/** Rows as a bordered table that fits the terminal, or as blocks when no table fits; never prints. */
export function renderTable(columns: Column[], rows: string[][], opts: RenderOptions, paint: (s: string) => string, fallback: Fallback = {}): string {
  const fit = fitColumns(columns, rows, opts.columns);
  if (!fit) return renderBlocks(columns, rows, opts.columns, paint, fallback);
  const kept = columns.flatMap((_, i) => (fit.keep[i] ? [i] : []));
  const widths = kept.map((i) => fit.widths[i]!);
  const head = drawRow(kept.map((i) => wrapCell(columns[i]!.head, fit.widths[i]!)), widths, paint, opts);
  const body = rows.map((row) => drawRow(kept.map((i) => wrapCell(row[i] ?? "", fit.widths[i]!)), widths, (x) => x, opts));
  const line = (l: string, m: string, r: string) => border(`${l}${widths.map((w) => "─".repeat(w + 2)).join(m)}${r}`, opts);
  const table = [line("┌", "┬", "┐"), head, line("├", "┼", "┤"), ...body, line("└", "┴", "┘")].join("\n");
  const dropped = kept.length < columns.length && fallback.leftOut ? `\n${wrapCell(fallback.leftOut, opts.columns)}` : "";
  return `${table}${dropped}`;
}

/** A table's borders, grey on a colour terminal. */
function border(s: string, opts: RenderOptions): string {
  return opts.color ? painter(true).grey(s) : s;
}

/** One row of wrapped cells: as many lines as its tallest cell, each cell padded to its column by display width. Drawn
 * here in one pass: cli-table3 lays a table out in time that grows with the square of its rows (4 s for 278 tools). */
function drawRow(cells: string[], widths: number[], paint: (s: string) => string, opts: RenderOptions): string {
  const lines = cells.map((c) => c.split("\n"));
  const height = Math.max(1, ...lines.map((l) => l.length));
  const bar = border("│", opts);
  const out: string[] = [];
  for (let k = 0; k < height; k++) {
    const parts = lines.map((l, i) => {
      const text = l[k] ?? "";
      return ` ${paint(text)}${" ".repeat(Math.max(0, widths[i]! - stringWidth(text)))} `;
    });
    out.push(`${bar}${parts.join(bar)}${bar}`);
  }
  return out.join("\n");
}

/** One block per row for a narrow terminal: the first two cells as a heading, the others as "Head: value" lines. An
 * address that does not fit on a line of its own is left out, and the note under the blocks says where to find it. */
export function renderBlocks(columns: Column[], rows: string[][], total: number, paint: (s: string) => string, fallback: Fallback = {}): string {
  const width = Math.max(10, total);
  const heading = fallback.heading ?? 2;
  let dropped = false;
  const blocks = rows.map((row) => {
    const lines = [paint(wrapCell(row.slice(0, heading).filter(Boolean).join(" "), width))];
    columns.forEach((c, i) => {
      const value = row[i] ?? "";
      if (i < heading || !value || value === "-") return;
      if (c.atomic) {
        if (stringWidth(value) + 2 <= width) lines.push(`  ${value}`);
        else dropped = true;
        return;
      }
      const text = c.head ? `${c.head}: ${value}` : value;
      lines.push(wrapCell(text, width - 2).split("\n").map((l) => `  ${l}`).join("\n"));
    });
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}${dropped && fallback.leftOut ? `\n\n${wrapCell(fallback.leftOut, width)}` : ""}`;
}

/** Rows as plain tab-separated lines, for pipes and scripts that cut columns. */
export function renderPlain(rows: string[][]): string {
  return rows.map((r) => r.map((c) => foldSpace(c).trim()).join("\t")).join("\n");
}

/** Prose wrapped to the terminal's width on a terminal, each line as it is in a pipe. */
export function wrapProse(text: string, opts: RenderOptions): string {
  if (!opts.tty) return text;
  return text.split("\n").map((line) => (stringWidth(line) <= opts.columns ? line : wrapLine(line, opts.columns))).join("\n");
}

/** A long line wrapped, its continuation indented as far as its own indent (a list item's text lines up). */
function wrapLine(line: string, columns: number): string {
  const indent = /^(\s*(?:- )?)/.exec(line)![1]!.length;
  const pad = " ".repeat(Math.min(indent, 8));
  const body = wrapCell(line.slice(indent), Math.max(10, columns - pad.length)).split("\n");
  return body.map((l, k) => (k === 0 ? line.slice(0, indent) : pad) + l).join("\n");
}

/** A paragraph of the report wrapped to a reading width (at most 100 columns), each line behind `indent`. */
export function wrapParagraph(text: string, opts: RenderOptions, indent = ""): string {
  const width = Math.max(30, Math.min(opts.columns, 100) - indent.length);
  return wrapCell(text, width).split("\n").map((l) => indent + l).join("\n");
}
