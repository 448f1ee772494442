/** Who is quoted: speaker and role from the words before "said:". */

export interface Attribution {
  speaker: string;
  role: string | undefined;
}

const ROLE_WORD = /\b(?:inspector|director|chief|minister|secretary|head|headteacher|chair|chairman|chairwoman|officer|manager|commissioner|leader|member|president|principal|executive|deputy|spokesperson|spokesman|spokeswoman|lead|adviser|advisor|governor|coordinator|co-ordinator|founder|editor|teacher|pupil|parent|mayor|clerk|trustee|partner|representative|council|ofsted|department|service|services)\b/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|le|la|du|da|di|bin|al)$/u;

function isName(text: string): boolean {
  const words = text.split(" ");
  return words.length >= 2 && words.length <= 5 && !/['’]s\b/.test(text) && !ROLE_WORD.test(text) && words.every((w) => NAME_WORD.test(w));
}

/**
 * Speaker and role from the words before "said:". Both orders occur ("Her Majesty’s Chief
 * Inspector, Miriam Rosen" and "Miriam Rosen, Her Majesty’s Chief Inspector"); the part that
 * looks like a person's name is the speaker. Roles have possessives, lower-case words or job titles.
 */
export function parseSpeaker(who: string): { attribution: Attribution; sure: boolean } {
  const parts = who.split(/\s*,\s*/).filter((part) => part !== "");
  if (parts.length === 1) {
    const words = parts[0]!.split(" ");
    for (let start = Math.max(0, words.length - 5); start < words.length - 1; start++) {
      const name = words.slice(start).join(" ");
      if (isName(name)) return { attribution: { speaker: name, role: words.slice(0, start).join(" ") || undefined }, sure: true };
    }
    return { attribution: { speaker: parts[0]!, role: undefined }, sure: true };
  }
  const named = parts.findLastIndex(isName);
  if (named === -1) return { attribution: { speaker: parts[0]!, role: parts.slice(1).join(", ") }, sure: false };
  // "<lead-in>, <role>, <name>": only the part just before the name is the role.
  if (named === parts.length - 1) return { attribution: { speaker: parts[named]!, role: parts[named - 1] }, sure: true };
  return { attribution: { speaker: parts[named]!, role: parts.slice(named + 1).join(", ") }, sure: true };
}
