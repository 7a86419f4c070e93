import type { ArticleBody, Dataset } from './dataset.ts';

export type DatasetIssue = { path: string; message: string };

/**
 * Cross-reference rules the schema alone cannot express. Returns every problem, never
 * throws: the pipeline refuses to write when any is found, and a test runs this over the
 * committed dataset. With `bodies`, also checks offsets against the article text.
 */
export function checkIntegrity(dataset: Dataset, bodies?: ReadonlyMap<string, ArticleBody>): DatasetIssue[] {
  const out: DatasetIssue[] = [];
  const ids = {
    article: new Set(dataset.articles.map((a) => a.id)),
    actor: new Set(dataset.actors.map((a) => a.id)),
    channel: new Set(dataset.channels.map((c) => c.id)),
    event: new Set(dataset.events.map((e) => e.id)),
  };
  const need = (kind: keyof typeof ids, id: string, path: string) => {
    if (!ids[kind].has(id)) out.push({ path, message: `unknown ${kind} id "${id}"` });
  };
  for (const [kind, list] of [
    ['article', dataset.articles],
    ['actor', dataset.actors],
    ['channel', dataset.channels],
    ['event', dataset.events],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) out.push({ path: `${kind}s[${i}].id`, message: `duplicate ${kind} id "${x.id}"` });
      seen.add(x.id);
    });
  }

  dataset.events.forEach((e, i) => {
    const at = `events[${i}]`;
    e.channelIds.forEach((c, j) => need('channel', c, `${at}.channelIds[${j}]`));
    e.actorIds.forEach((a, j) => need('actor', a, `${at}.actorIds[${j}]`));
    if (e.date.end < e.date.start) out.push({ path: `${at}.date`, message: 'ends before it starts' });
    e.statusEffects.forEach((s, j) => {
      if (!e.channelIds.includes(s.channelId)) out.push({ path: `${at}.statusEffects[${j}]`, message: `channel "${s.channelId}" is not among the event's channels` });
    });
    e.evidence.forEach((ev, j) => {
      const p = `${at}.evidence[${j}]`;
      need('article', ev.articleId, `${p}.articleId`);
      ev.speakerIds.forEach((s, k) => need('actor', s, `${p}.speakerIds[${k}]`));
      if (ev.end - ev.start !== ev.quote.length) out.push({ path: p, message: 'offsets do not span the quote' });
      const body = bodies?.get(ev.articleId);
      if (body && body.paragraphs[ev.paragraph]?.slice(ev.start, ev.end) !== ev.quote) {
        out.push({ path: p, message: `quote is not the text at paragraph ${ev.paragraph} [${ev.start}, ${ev.end})` });
      }
    });
  });

  dataset.actors.forEach((a, i) => {
    a.roles.forEach((r, j) => {
      if (r.organizationId) need('actor', r.organizationId, `actors[${i}].roles[${j}].organizationId`);
    });
  });

  dataset.articles.forEach((a, i) => {
    if (a.published?.basis === 'inferred' && a.published.note.trim() === '') {
      out.push({ path: `articles[${i}].published.note`, message: 'an inferred date needs a note saying how it was inferred' });
    }
    a.eventIds.forEach((e, j) => need('event', e, `articles[${i}].eventIds[${j}]`));
    a.actorIds.forEach((x, j) => need('actor', x, `articles[${i}].actorIds[${j}]`));
    const body = bodies?.get(a.id);
    if (bodies && !body) out.push({ path: `articles[${i}]`, message: `no body file for article "${a.id}"` });
    body?.mentions.forEach((m, j) => {
      const paragraph = body.paragraphs[m.paragraph];
      if (paragraph === undefined || m.end > paragraph.length || m.start >= m.end) {
        out.push({ path: `${a.bodyFile}:mentions[${j}]`, message: 'offsets lie outside the paragraph' });
      }
      need('actor', m.actorId, `${a.bodyFile}:mentions[${j}].actorId`);
    });
  });

  const { start, end } = dataset.coverage;
  dataset.channels.forEach((c) => {
    const lane = dataset.statusIntervals.filter((s) => s.channelId === c.id);
    if (lane[0]?.start !== start || lane[lane.length - 1]?.end !== end) {
      out.push({ path: `statusIntervals(${c.id})`, message: 'does not cover the dataset coverage' });
    }
    lane.forEach((s, j) => {
      if (j > 0 && lane[j - 1]!.end !== s.start) out.push({ path: `statusIntervals(${c.id})[${j}]`, message: 'gap or overlap with the previous interval' });
    });
  });
  dataset.statusIntervals.forEach((s, i) => {
    need('channel', s.channelId, `statusIntervals[${i}].channelId`);
    if (s.eventId === null && s.status !== 'unknown') out.push({ path: `statusIntervals[${i}]`, message: 'only an unknown interval may have no opening event' });
    if (s.eventId !== null) need('event', s.eventId, `statusIntervals[${i}].eventId`);
  });
  return out;
}
