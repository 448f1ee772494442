/** What an import says it could not place, and the shape of what it produces. */
import type { FrontMatter } from "../release-schema.ts";

/** What the text says about the release; the schema fills in defaults and judges it. */
export type ImportedFrontMatter = Partial<FrontMatter>;

/** Something the importer could not place with confidence: a line of the text, a field, and why. */
export interface ImportWarning {
  /** 1-based line of the plain text, when the warning is about one place in it. */
  line?: number;
  field: string;
  message: string;
}

export type Warn = (field: string, message: string, line?: number) => void;
