// What a request does to a kind of thing: text turned into video is text-to-video, a document summarised is chatting
// with a document. Pure; the tables are data.
import type { Category } from "../catalog/types.js";
import { inputKinds, inputParts, namesStyle } from "./roles.js";
import { norm } from "./text.js";
import type { TaskHit } from "./understand.js";

/** Words for a document a request brings: what it asks is then done to a document, not to a video or a web page. */
const DOCUMENT = /pdf|论文|文档|word文件|合同|报告|\bpaper\b|\bdocument\b|\bdocx?\b|\bcontracts?\b/;

/** What turning one kind of thing into another is called: text into video is text-to-video, and so on. */
const TURNS: Record<string, string> = {
  "text>video": "text-to-video", "image>video": "image-to-video", "text>audio": "text-to-speech", "text>image": "image-generation",
  "image>image": "image-to-image", "video>text": "video-summary", "audio>text": "transcription", "office>video": "text-to-video",
};

/** What turning a thing of one kind into one of another is called, if anything: image into video is image-to-video. */
export function turnOf(from: Category, to: Category): string | undefined {
  return TURNS[`${from}>${to}`];
}

/** The task a request of the form "turn <input> into <output>" asks for, from what kind goes in and what comes out. */
export function turnTask(text: string, outputs: Category[]): string | undefined {
  // What is only worked on ("animate my photos like moving pictures") is not turned into anything.
  const parts = inputParts(text, { worked: false });
  const kinds = inputKinds(parts);
  for (const from of kinds) for (const to of outputs) if (turnOf(from, to)) return turnOf(from, to);
  return undefined;
}

/** A rule of what a task becomes for the kind of thing it is done to. */
type Rule = { kind: "document" | Category; from: string[]; to: string; keep: boolean; anywhere?: boolean; language?: boolean };

/** What a task becomes when it is done to a kind of thing the request brings: a document summarised or asked about is
 * chatting with the document ("把PDF论文总结一下"), a video summarised is a video summary, a recording summarised is
 * meeting notes, and so on. A general tool can still do the general task for a document (`keep`), not for a video. A
 * video named anywhere in a request to summarise or upscale is what is worked on (`anywhere`: the result of either is
 * no video to name); one to translate must be what is translated ("文案翻译成英文，用在视频里" translates copy); a video
 * dubbed into another language is translated (`language`). */
const ON_KIND: Rule[] = [
  { kind: "document", from: ["summarize", "video-summary", "chat", "reading-assistant"], to: "doc-qa", keep: true },
  { kind: "video", from: ["summarize"], to: "video-summary", keep: false, anywhere: true },
  { kind: "video", from: ["translate"], to: "video-translation", keep: false },
  { kind: "video", from: ["dubbing"], to: "video-translation", keep: false, language: true },
  { kind: "video", from: ["upscale"], to: "video-upscale", keep: false, anywhere: true },
  { kind: "audio", from: ["summarize"], to: "meeting-notes", keep: false, anywhere: true },
  { kind: "image", from: ["animation"], to: "image-to-video", keep: false },
];

/** A request that puts something into another language ("dub my videos into Spanish", "配成英文"): dubbing a video so
 * is translating it (a `language` rule of ON_KIND holds only then). */
const INTO_LANGUAGE = /\binto (?:english|spanish|french|german|japanese|korean|chinese|mandarin|portuguese|arabic|russian|thai|vietnamese|indonesian|hindi|italian|another language|other languages)\b|(?:成|为)(?:英文|英语|日语|日文|韩语|韩文|西班牙语|法语|德语|俄语|泰语|越南语|印尼语|阿拉伯语|葡萄牙语|外语|多语言)/;

/** What a general reading keeps beside the task it becomes for the kind of thing it is done to. */
const BEHIND = 0.9;

/** The tasks read, with the task each becomes for the kind of thing it is done to (its input words `parts`) put first. */
export function doneTo(tasks: TaskHit[], text: string, parts: string[], broader: (id: string) => string | undefined): TaskHit[] {
  const t = norm(text);
  const words = t.split(/[^a-z0-9\u3400-\u9fff]+/).filter(Boolean);
  const brings = (rule: Rule) =>
    speaksTo(rule, t) && (rule.kind === "document" ? DOCUMENT.test(t) : (rule.anywhere ? inputKinds(words, { within: true }) : inputKinds(parts)).includes(rule.kind));
  for (const rule of ON_KIND) {
    // The task it becomes may have been read already, and the general one given way to it ("translate my youtube videos").
    const hit = tasks.find((x) => rule.from.includes(x.id) || x.id === rule.to);
    if (!hit || !brings(rule)) continue;
    // What the general reading asked stays, a step behind, when a general tool can still do it (a PDF to summarise).
    // The task it becomes leads even when it was read as well, as sure as the general one ("短剧翻译成英语, 口型…").
    const others = tasks.filter((x) => x.id !== rule.to);
    const rest = rule.keep ? others.filter((x) => x.id !== "video-summary").map((x) => ({ ...x, weight: x.weight * BEHIND })) : others.filter((x) => !rule.from.includes(x.id));
    return [{ id: rule.to, weight: Math.min(0.99, Math.max(...tasks.map((x) => x.weight)) + 0.01), term: hit.term, broader: broader(rule.to) }, ...rest];
  }
  return tasks;
}

/** What a task of a later part of a request becomes when it works on what an earlier part made, of kind `made`:
 * "做个数字人口播，之后translate成英文版" translates the video, "线稿上色，再放大" upscales the picture. */
export function doneToMade(id: string, made: Category, clause: string): string | undefined {
  return ON_KIND.find((r) => r.kind === made && r.from.includes(id) && speaksTo(r, norm(clause)))?.to;
}

/** Whether a rule's condition on language holds for the normalised text: only a `language` rule has one. */
function speaksTo(rule: Rule, t: string): boolean {
  return !rule.language || INTO_LANGUAGE.test(t);
}

/** The task of a request that puts a video it brings into another language without saying translate ("把产品介绍视频直接
 * 变成英语和西语版", "turn my vlog into spanish"): a video translation. */
export function intoLanguage(text: string, parts: string[]): string | undefined {
  return INTO_LANGUAGE.test(norm(text)) && inputKinds(parts).includes("video") ? "video-translation" : undefined;
}

/** Words for a picture of one's own, which a look can be given to. */
const OWN_IMAGE = /\b(?:selfie|selfies|photo|photos|picture|pictures|portrait)\b|自拍|照片|图片|效果图|截图/;

/** Whether the request gives a look to an image it brings ("a pixar style version of my selfie", "效果图转成水墨风"):
 * style transfer, unless what it wants out is something else ("a walkthrough style video of my listing photos"). */
export function restyles(text: string, parts: string[], outputs: Category[]): boolean {
  if (outputs.some((c) => c !== "image") || !namesStyle(text)) return false;
  return OWN_IMAGE.test(norm(text)) || inputKinds(parts).includes("image");
}
