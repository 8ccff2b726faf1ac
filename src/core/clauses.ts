// A request that asks for several things in turn ("转成文字，再整理成纪要", "write a script, then turn it into a video"):
// each part read on its own, with what the parts before it said and made. Pure.
import type { Catalog } from "../catalog/types.js";
import { toolsNamed, type Stated } from "./request.js";
import { inputKinds, inputParts, withAntecedent } from "./roles.js";
import { doneToMade, turnOf } from "./turns.js";
import { tasksById, understandTask, type TaskHit, type Understanding } from "./understand.js";

/** The task of each part of a request that asks for several things, in order; none when it asks for one thing. */
export function clauseTasks(catalog: Catalog, stated: Stated): TaskHit[] {
  const clauses = stated.clauses;
  if (clauses.length < 2) return [];
  const read = clauses.map((clause, i) => understandTask(catalog, i ? withAntecedent(clause, clauses[i - 1]!) : clause));
  for (const [i, r] of read.entries()) read[i] = withWhatCameBefore(catalog, stated, clauses[i]!, r, read[i - 1]);
  // A part that only says what the user has ("I have a podcast recording, and want clips") is context for the rest.
  const asking = read.some((r) => r.tasks.length && !r.onlyContext) ? read.filter((r) => !r.onlyContext) : read;
  const firsts: TaskHit[] = [];
  for (const r of asking) {
    const hit = r.tasks[0];
    if (hit && !firsts.some((f) => f.id === hit.id)) firsts.push(hit);
  }
  return firsts.length >= 2 ? firsts : [];
}

/** A part read with what came before it: the tool the request replaces, and what the part before it made. */
function withWhatCameBefore(catalog: Catalog, stated: Stated, clause: string, r: Understanding, before: Understanding | undefined): Understanding {
  // A part that only names the tool to replace ("Fireflies alternative that can also draft the emails") asks for what
  // that tool does.
  const replaced = r.tasks.length ? undefined : stated.insteadOf.find((tool) => toolsNamed(catalog, clause).includes(tool));
  if (replaced?.tasks[0]) return { ...r, tasks: tasksById(catalog, [replaced.tasks[0]]) };
  const earlier = before?.tasks[0];
  const made = earlier && catalog.tasks.find((x) => x.id === earlier.id)?.category;
  if (!earlier || !made) return r;
  // A part that works on what the part before it made and names no thing of its own ("之后translate成英文版" after a
  // digital-human video): its task is done to that kind of thing, a video translated.
  const own = r.tasks[0];
  if (own) {
    const becomes = inputKinds(inputParts(clause)).length ? undefined : doneToMade(own.id, made, clause);
    return becomes ? { ...r, tasks: [{ ...tasksById(catalog, [becomes])[0]!, weight: own.weight, term: own.term }, ...r.tasks.slice(1)] } : r;
  }
  // A part that names only what to make ("先让衣服穿到模特身上，再做成几秒的视频") turns what the part before it made
  // into that: an image into a video is image-to-video.
  const id = r.categories.map((to) => turnOf(made, to)).find(Boolean);
  return id ? { ...r, tasks: tasksById(catalog, [id]).map((x) => ({ ...x, weight: earlier.weight })) } : r;
}
