// The examples that open each command's help: people learn a CLI from examples first.

export const HELP_HEADER = `Which AI tool should I use for this? 这件事该用哪个AI工具？
Recommendations from the 2024 AIGC trend report (靠谱二次元, May 2024) and the a16z Top 50 gen-AI web products (March 2024).`;

const block = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join("\n")}\n`;

export const EXAMPLES = {
  program: block([
    "aigc recommend                      ask a few questions, then rank the tools",
    "aigc list --category 视频            the video tools",
    "aigc show 即梦                       one tool in full",
    "aigc search midjurney               fuzzy search, typos welcome",
    "aigc trend 6                        trend 6: the price war",
    "aigc scenarios 漫画                  how comics use AIGC",
    "aigc list --json | jq '.[0]'        JSON for scripts",
  ]) + "\nExit codes: 0 ok, 1 failure (e.g. tool not found), 2 usage error, 130 interrupted.\n",
  recommend: block([
    "aigc recommend                                    ask, then rank (on a terminal)",
    "aigc recommend --industry 漫画 --task 上色",
    "aigc recommend --task \"voice over\" --chinese --china",
    "aigc recommend --task 抠图 --budget free --json",
    "aigc recommend --industry 短剧 --plan",
  ]),
  compare: block(["aigc compare midjourney stable-diffusion", "aigc compare 即梦 可灵 sora --lang zh", "aigc compare chatgpt kimi --json"]),
  list: block(["aigc list", "aigc list --category image", "aigc list --category 音频 --sort name", "aigc list --industry 短剧 --json"]),
  show: block(["aigc show midjourney", "aigc show 即梦", "aigc show jimeng", "aigc show SD --json"]),
  search: block(["aigc search midjurney", "aigc search 抠图", "aigc search eleven labs", "aigc search peiyin --limit 3 --json"]),
  trend: block(["aigc trend", "aigc trend 6", "aigc trend 10 --lang en", "aigc trend --json"]),
  validate: block(["aigc validate team.json", "aigc validate a.json b.json --json", "aigc --data team.json list      use a team catalog", "AIGC_DATA=team.json aigc recommend --task 配音"]),
  scenarios: block(["aigc scenarios", "aigc scenarios 漫画", "aigc scenarios short drama", "aigc scenarios 网文 --json"]),
};
