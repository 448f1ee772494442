import { test } from "node:test";
import assert from "node:assert/strict";
import { calendarDate, isoDate, londonYear, parseDate, readableDate, readableDateTime, rfc822Date } from "./dates.ts";

test("a plain date is midnight in London, BST in summer", () => {
  assert.equal(isoDate("2011-08-09"), "2011-08-09T00:00:00.000+01:00");
  assert.equal(readableDate("2011-08-09"), "9 August 2011");
});

test("a winter date is GMT", () => {
  assert.equal(isoDate("2011-12-01T09:30"), "2011-12-01T09:30:00.000+00:00");
  assert.equal(rfc822Date("2011-12-01T09:30"), "Thu, 01 Dec 2011 09:30:00 +0000");
});

test("an explicit offset is kept as an instant and shown in London time", () => {
  assert.equal(isoDate("2011-08-09T23:30Z"), "2011-08-10T00:30:00.000+01:00");
  assert.equal(readableDate("2011-08-09T23:30Z"), "10 August 2011");
  assert.equal(londonYear("2011-12-31T23:30-05:00"), 2012);
});

test("RSS dates carry the summer offset", () => {
  assert.equal(rfc822Date("2011-08-09"), "Tue, 09 Aug 2011 00:00:00 +0100");
});

test("times read as a UK press office writes them", () => {
  assert.equal(readableDateTime("2011-08-09T00:01"), "9 August 2011, 12:01am");
  assert.equal(readableDateTime("2011-08-09T14:05"), "9 August 2011, 2:05pm");
});

test("impossible and malformed dates are refused", () => {
  for (const bad of ["2011-02-30", "2011-13-01", "09 Aug 2011", "2011-8-9", "2011-08-09T25:00", "", "2011-08-09T09:30+1"]) {
    assert.equal(parseDate(bad), null, bad);
  }
});

test("a time in the spring-forward gap is refused, one in the autumn overlap is kept", () => {
  assert.equal(parseDate("2021-03-28T01:30"), null);
  // 01:30 happens twice that night; either instant is a fair reading, the wall time must stay.
  assert.equal(readableDateTime("2021-10-31T01:30"), "31 October 2021, 1:30am");
});

test("sitemap dates are calendar dates in London", () => {
  assert.equal(calendarDate("2011-08-09T23:30Z"), "2011-08-10");
});
