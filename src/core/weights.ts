// Every weight of the recommender in one place, with why it has its value.

/** Points each part of the score can earn; the score is the share of the points that apply to the question, 0-100. */
export const WEIGHTS = {
  /** Doing the task asked for matters most: a perfect industry fit is useless for the wrong job. */
  task: 45,
  /** The report names this tool for this industry's scenario (15), or the tool suits the industry (10 of 15). */
  industry: 15,
  /** The output the user wants (text, image, audio, video, office). Less than task: a task already implies it. */
  category: 10,
  /** a16z rank by unique monthly visits (March 2024): many users once, which is not fit, and the list is old. Small, so
   * that a tool is recommended for doing the task and fitting the request first, and popularity only breaks near-ties. */
  popularity: 3,
  /** The report's own pick for its category: an expert's choice for this audience, small so it only breaks near-ties. */
  featured: 5,
  /** Each preference the user states can add this much. Equal, because the user, not us, ranks their priorities. */
  preference: 8,
} as const;

/** How much a tool's position in its own task list counts: its first task is what it is for. */
export const TASK_POSITION = [1, 0.92, 0.85, 0.8, 0.75, 0.7] as const;

/** A tool that does only the broader task ("writing" for "story") earns this share of what doing the task itself would:
 * a general tool can do the job, a specialised one is the better answer. */
export const BROADER_FIT = 0.6;

/** How sharply a less sure reading of a request loses to the surest: its weight relative to the surest is raised to
 * this power, so a reading 10% less sure counts about 27% less. */
export const SURENESS = 3;

/** Each further task of a multi-part request that the tool also does ("配音和字幕") adds this share of the task points. */
export const EXTRA_TASK = 0.15;

/** Industry fit when the tool only lists the industry, against being named by the report for it. */
export const INDUSTRY_LISTED = 10 / 15;

/** Chinese support as a share of the preference points; poor Chinese costs points when the user asks for Chinese. */
export const CHINESE_FIT = { native: 1, good: 0.75, fair: 0.25, poor: -0.5, unverified: 0, unknown: 0 } as const;

/** Budget fit as a share of the preference points: free and open-source fit best, a free tier half. */
export const BUDGET_FIT = {
  free: { free: 1, "open-source": 1, freemium: 0.5, paid: 0, unverified: 0, unknown: 0 },
  low: { free: 1, "open-source": 1, freemium: 0.75, paid: 0.25, unverified: 0.25, unknown: 0.25 },
  any: { free: 0, "open-source": 0, freemium: 0, paid: 0, unverified: 0, unknown: 0 },
} as const;

/** What an unidentified tool keeps of its score: under half, so a tool that exists and does the task is always above. */
export const UNIDENTIFIED_SHARE = 0.4;
