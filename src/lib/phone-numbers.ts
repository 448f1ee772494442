/** Phone numbers as people read them and as phones dial them. */
import { parsePhoneNumberWithError } from "libphonenumber-js";

// Every page repeats the press office's numbers; parse each number once per build.
const uris = new Map<string, string>();

/** `tel:` URI in international form (RFC 3966), so the link works from abroad too: tel:+442074216899. */
export function telUri(phone: string): string {
  let uri = uris.get(phone);
  if (!uri) {
    uri = parsePhoneNumberWithError(phone, "GB").getURI();
    uris.set(phone, uri);
  }
  return uri;
}
