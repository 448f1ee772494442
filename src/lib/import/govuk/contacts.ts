/**
 * GOV.UK contact blocks (`<div class="contact">`, the rendered `[Contact:…]` of govspeak,
 * https://github.com/alphagov/govspeak) become media contacts: one per phone number,
 * its label ("Press enquiries", "Out of hours") as the role, then one for email, web address,
 * postal address and comments.
 */
import type { CheerioAPI } from "cheerio";
import { isValidPhoneNumber } from "libphonenumber-js";
import type { Contact } from "../../release-schema.ts";
import { excerpt } from "../paragraphs.ts";
import type { Warn } from "../warnings.ts";

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** Takes every contact block out of the body and returns the contacts it gave. */
export function takeContacts($: CheerioAPI, warn: Warn): Contact[] {
  const contacts: Contact[] = [];
  $("div.contact").each((_, block) => {
    const card = $(block).find(".vcard").first().length ? $(block).find(".vcard").first() : $(block);
    const name = clean(card.children("p").not(".adr, .comments, .tel, .email").first().text()) || clean($(block).find(".fn, h3").first().text());
    if (!name) {
      warn("details.body", `a contact block without a name: ${excerpt(clean($(block).text()))}; left in the body`);
      return;
    }
    const email = clean(card.find("a[href^='mailto:']").first().text()) || undefined;
    const url = card.find(".url a, a.url").first().attr("href");
    const adr = card.find(".adr").first();
    adr.find("br").replaceWith(", ");
    const addressText = clean(adr.text()).split(/\s*,\s*/).filter(Boolean).join(", ") || undefined;
    const note = clean(card.find(".comments").text()) || undefined;
    // The email line's own label ("Email", "Press office email") is its role, as a phone's is.
    const emailLabel = clean(card.find("p.email .type, .email .type").first().text()) || undefined;
    const own: Contact[] = [];
    if (email || url || addressText || note) {
      own.push({ name, ...(email && emailLabel && { role: emailLabel }), ...(email && { email }), ...(url && { url }), ...(addressText && { address: addressText }), ...(note && { note }) } as Contact);
    }
    card.find(".tel").each((_, tel) => {
      const label = clean($(tel).find(".type").text()) || undefined;
      const number = clean($(tel).clone().find(".type").remove().end().text());
      if (isValidPhoneNumber(number, "GB")) own.push({ name, ...(label && { role: label }), phone: number });
      else {
        warn("details.body", `contact ${excerpt(name)}: ${excerpt(number)} is not a phone number; kept as a note`);
        own.push({ name, ...(label && { role: label }), note: number } as Contact);
      }
    });
    if (own.length === 0) {
      warn("details.body", `contact ${excerpt(name)} has no phone, email or address; left in the body`);
      return;
    }
    contacts.push(...own);
    $(block).remove();
  });
  return contacts;
}
