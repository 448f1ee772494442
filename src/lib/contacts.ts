/** Phone numbers as people read them and as phones dial them. */
import { parsePhoneNumberWithError } from "libphonenumber-js";

/** `tel:` URI in international form (RFC 3966), so the link works from abroad too: tel:+44-20-7421-6899. */
export function telUri(phone: string): string {
  return parsePhoneNumberWithError(phone, "GB").getURI();
}
