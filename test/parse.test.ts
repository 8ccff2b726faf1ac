// The one reading of argv before commander runs, and the values typed on the command line: pure, so a table says it all.
import { describe, expect, it } from "vitest";
import { GLOBAL_FLAGS, GLOBAL_VALUE_FLAGS } from "../src/commands/index.js";
import { parseGlobals, parsePositiveInt, parseTrendNumber } from "../src/parse.js";

describe("parseGlobals", () => {
  it.each([
    [[], { help: true, bare: true }],
    [["--lang", "zh"], { lang: "zh", help: false, bare: true }],
    [["--lang", "zh", "--lang", "en", "list"], { lang: "en", command: "list", help: false, bare: false }],
    [["--lang=zh", "show", "x"], { lang: "zh", command: "show", help: false, bare: false }],
    [["--lang", "-1"], { help: false, bare: true }],
    [["--data", "list", "show", "x"], { command: "show", help: false, bare: false }],
    [["--no-color"], { help: false, bare: true }],
    [["help", "show"], { command: "help", help: true, bare: false }],
    [["search", "--", "--lang", "zh"], { command: "search", help: false, bare: false }],
    [["list", "-h"], { command: "list", help: true, bare: false }],
  ])("%j", (argv, expected) => {
    expect(parseGlobals(argv, GLOBAL_VALUE_FLAGS, GLOBAL_FLAGS)).toEqual(expected);
  });
});

describe("numbers typed on the command line", () => {
  it.each([["1", 1], ["100000", 100000], ["５", 5], [" 7 ", 7], ["0", undefined], ["100001", undefined], ["2.5", undefined], ["-1", undefined], ["abc", undefined], ["", undefined]])(
    "--limit %j is %j", (input, n) => expect(parsePositiveInt(input)).toBe(n),
  );
  it.each([["6", 6], ["１０", 10], ["0", undefined], ["11", undefined], ["6.5", undefined], [" ", undefined]])(
    "trend %j is %j", (input, n) => expect(parseTrendNumber(input, 10)).toBe(n),
  );
});
