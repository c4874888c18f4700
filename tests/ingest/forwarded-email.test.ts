import { describe, expect, it } from "vitest";
import { NO_ALIASES } from "../../src/ingest/aliases.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import { reasonsOf } from "../support/removed-lines.ts";

const article = (text: string) => {
  const result = ingestArticle({ file: "release.txt", bytes: new TextEncoder().encode(text) }, NO_ALIASES);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

const RELEASE = `FOR IMMEDIATE RELEASE

Water station reopens in Mosul's old city after two years

MOSUL, Iraq, 3 November 2026 – The Iraqi Water Relief Network (IWRN) today announced the reopening of the Al-Maidan water station in Mosul's old city, which will supply drinking water to about 40,000 people on the west bank of the Tigris.

The station was destroyed in the fighting of 2017 and rebuilt with funds from the European Union, the network's director, Sara Yousif, said.

ENDS
`;

const OUTLOOK_FORWARD = `From: Dilan Rashid <d.rashid@example-ngo.org>
Sent: Wednesday, November 4, 2026 9:15 AM
To: newsdesk@example-archive.org
Subject: FW: PRESS RELEASE: Water station reopens in Mosul's old city after two years

Hi all, forwarding the release below for the archive.
Dilan

`;

describe("an email passed on", () => {
  it("reads the innermost message of a forward: its headline, its date, its issuer, its lead, without the forwarder's header and note", () => {
    const forwarded = `${OUTLOOK_FORWARD}---------- Forwarded message ---------
From: Media Office <media@example-water.org>
Date: Tue, Nov 3, 2026 at 4:30 PM
Subject: PRESS RELEASE: Water station reopens in Mosul's old city after two years
To: <press-list@example-water.org>

${RELEASE}`;
    const { frontMatter, body } = article(forwarded);
    expect(frontMatter).toMatchObject({
      title: "Water station reopens in Mosul's old city after two years",
      date: "2026-11-03",
      source: "Iraqi Water Relief Network",
    });
    expect(frontMatter.summary).toMatch(/^The Iraqi Water Relief Network \(IWRN\) today announced/);
    expect(body).toMatch(/^The Iraqi Water Relief Network/);
    for (const wrapper of ["Hi all", "Forwarded message", "From:", "Subject:", "press-list"]) expect(body).not.toContain(wrapper);
    const reasons = reasonsOf(frontMatter);
    expect(reasons.get("Hi all, forwarding the release below for the archive.")).toBe("the note of whoever passed the article on, above it, not article text");
    expect(reasons.get("Sent: Wednesday, November 4, 2026 9:15 AM")).toBe("the header of the email that passed the article on, not article text");
    expect(reasons.get("From: Media Office <media@example-water.org>")).toMatch(/not kept as source: a press office sent it/);
  });

  it("reads a message passed on below Outlook's rule, and below Apple Mail's mark with a note and no header above it", () => {
    const outlook = `${OUTLOOK_FORWARD}________________________________
From: Iraqi Water Relief Network <info@example-water.org>
Sent: Tuesday, November 3, 2026 4:30 PM
To: press-list@example-water.org
Subject: Water station reopens in Mosul's old city after two years

${RELEASE}`;
    expect(article(outlook).frontMatter).toMatchObject({ source: "Iraqi Water Relief Network", date: "2026-11-03" });
    expect(article(outlook).body).not.toContain("Dilan");
    const apple = `For the archive, see below.

Begin forwarded message:

From: Iraqi Water Relief Network <info@example-water.org>
Subject: Water station reopens in Mosul's old city after two years
Date: 3 November 2026 at 16:30:12 GMT+3
To: press-list@example-water.org

${RELEASE}`;
    const { frontMatter, body } = article(apple);
    expect(frontMatter).toMatchObject({ title: "Water station reopens in Mosul's old city after two years", source: "Iraqi Water Relief Network" });
    expect(body).toMatch(/^The Iraqi Water Relief Network/);
    expect(reasonsOf(frontMatter).get("For the archive, see below.")).toBe("the note of whoever passed the article on, above it, not article text");
  });

  it("takes a press release's label off the subject it reads as the title", () => {
    const text = `From: Iraqi Water Relief Network <info@example-water.org>\nSubject: PRESS RELEASE: Mosul water station reopens\n\nThe Al-Maidan water station in Mosul's old city reopened on Tuesday, supplying drinking water to about 40,000 people.\n`;
    expect(article(text).frontMatter.title).toBe("Mosul water station reopens");
  });
});
