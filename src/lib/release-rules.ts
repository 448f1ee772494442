/**
 * What the site's own data decides about every release: which topics it may name, whom
 * journalists call when it names no contacts, and which governments there have been. The data
 * lives in _data/ (topics.ts, pressOffice.ts, governments.ts) and is passed in here once, by
 * _data/releases.ts, so that src/lib never imports _data/ and the layers run one way (issue #15).
 */
import type { Government } from "./governments.ts";
import { type Contact, type ReleaseSchema, releaseSchemaFor } from "./release-schema.ts";
import type { Topic } from "./topics.ts";

export interface ReleaseRules {
  /** The front-matter schema, with the site's topic slugs. */
  schema: ReleaseSchema;
  /** The topic slugs a release may name, in the site's order. */
  topicSlugs: readonly string[];
  /** The contacts a release without its own shows (the press office). */
  defaultContacts: readonly Contact[];
  /** UK governments, newest last: for "published under a former government" notices. */
  governments: readonly Government[];
}

/** The rules from the site's data. */
export function releaseRules(data: { topics: readonly Pick<Topic, "slug">[]; pressOffice: readonly Contact[]; governments: readonly Government[] }): ReleaseRules {
  const topicSlugs = data.topics.map((t) => t.slug);
  return { schema: releaseSchemaFor(topicSlugs), topicSlugs, defaultContacts: data.pressOffice, governments: data.governments };
}
