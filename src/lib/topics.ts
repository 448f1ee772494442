/**
 * A topic a release may name in `topics`. The site's own list is data (_data/topics.ts) and is
 * passed in wherever it is needed; this module only says what a topic is.
 */
export interface Topic {
  slug: string;
  title: string;
  description: string;
}
