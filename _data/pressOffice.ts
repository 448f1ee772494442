/**
 * The press office: the media contacts every release shows unless it names its own.
 * Same shape as a release's `contacts` (see src/lib/release-schema.ts).
 */
import type { Contact } from "../src/lib/release-schema.ts";

export const pressOffice: Contact[] = [
  { name: "Ofsted Press Office", phone: "020 7421 6899" },
  { name: "Ofsted enquiry line", phone: "0300 1231231", hours: "8.30am to 6.30pm, Monday to Friday" },
  { name: "Duty press officer", role: "Out of hours", phone: "07919 057359", hours: "Evenings and weekends" },
];

export default pressOffice;
