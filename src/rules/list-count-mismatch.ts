/**
 * list-count-mismatch — a count must match the names listed after it.
 *
 * Why: "04 trường chưa triển khai học bạ số: trường A, trường B, trường C"
 * names three. The names follow the count ("05 xã: A, B, C, D và E") or sit
 * in a footnote hanging on it ("04 đơn vị chưa đạt³" … "³ Gồm: A, B, C, D"), or are the bullets under a
 * count that closes its paragraph with a colon, each opening with the counted noun ("02 tổ hợp tác:" /
 * "- Tổ hợp tác …;" ×3). Names may be separated by ";" as well as ",".
 * A count closing a coordination of counts ("03 doanh nghiệp và 02 hợp tác xã: …") may be followed by the names of
 * them all: their sum, or any one of them, is the count the names match.
 * Lists of examples ("như", "…", "v.v.", "khác") are never counted. The places events were held at
 * ("03 buổi tuyên truyền tại các thôn: A, B, C, D") may be fewer than the events by two or more, never more, nor one fewer; named with no
 * colon ("04 lớp tập huấn … tại các ấp A, B, C"), one fewer is a warning and more say nothing (one event may gather two). Lower-case kinds after a count of
 * kinds ("04 hình thức: tư vấn pháp luật, tham gia tố tụng, …") are cut at every comma and "và", so they may be more than the
 * kinds named, never fewer: only fewer is reported. Places each holding a share of the count ("05 điểm … tại các thôn: Đông,
 * Tây, Nam và Bắc (mỗi thôn 01 điểm)") make the places times the share; without such a note, names of places say nothing of
 * a count of other things. Members named by their numbers under one head noun written once ("04 tổ dân phố … là tổ dân phố
 * số 3, 6, 8", "thôn 2, 5 và 7") are one member a number, when the head counts what the count counts.
 *
 * @example {"name": "ok.txt"}
 *   Đã tập huấn cho 03 thôn: Đông Hải, Tây Sơn và Bắc Hà.
 * @example {"name": "not-ok.txt", "expect": "listCountMismatch"}
 *   Còn 04 trường chưa triển khai học bạ số: trường Kim Đồng, trường Hòa Bình, trường Lê Lợi.
 */
import type { Claim, Figure } from '../model/index.js';
import { defineRule, type RuleContext } from './define.js';

export default defineRule({
  id: 'list-count-mismatch',
  severity: 'error',
  description: 'Số lượng nêu ra khác với số tên được liệt kê',
  messages: {
    listCountMismatch: 'Nêu {count} nhưng liệt kê {listed} tên: {items}',
    perPlaceMismatch: 'Nêu {count} nhưng {listed} nơi × {each} = {total}: {items}',
    venueLeftOut: 'Nêu {count} nhưng chỉ liệt kê {listed} nơi tổ chức: {items} (có thể thiếu một nơi, hoặc một nơi tổ chức hai lần)',
  },
  check(context) {
    for (const claim of context.claims) {
      if (claim.relation !== 'list' || claim.open) continue;
      const whole = context.figures[claim.whole];
      if (claim.each !== undefined) {
        reportPerPlace(context, claim, whole);
        continue;
      }
      if (claim.items.length === whole.value) continue;
      // "03 doanh nghiệp và 02 hợp tác xã: …": the names may be of every count of the coordination.
      const count = claim.parts.reduce((sum, k) => sum + context.figures[k].value, whole.value);
      if (claim.items.length === count || claim.parts.some((k) => context.figures[k].value === claim.items.length)) continue;
      // Events at the places listed: several may be held at one place, one is never held at two. One event more than the
      // places named is a place left out of the list far likelier than a second event at one of them that the report does not
      // tell ("04 cuộc cưỡng chế tại các xã: A, B, C"); with two more or over, places held several each.
      if (claim.venues && claim.items.length < count - 1) continue;
      // One place fewer than the events is likelier a place left out, yet a place may have held two: a warning, not an error.
      const unsure = claim.venues === true && claim.items.length === count - 1;
      // Kinds cut at every comma and "và": a comma may sit inside one kind's name, so more pieces than the count say nothing.
      if (claim.atMost && claim.items.length > count) continue;
      const listed = claim.items.length;
      const start = claim.span.start - context.source.blocks[claim.block].span.start;
      const end = claim.span.end - context.source.blocks[claim.block].span.start;
      const notes = claim.partBlocks.filter((b) => b !== claim.block).map((block) => ({ block }));
      context.report({
        messageId: unsure ? 'venueLeftOut' : 'listCountMismatch',
        data: { count, listed, items: claim.items.join('; ') },
        places: [...claim.parts.map((k) => ({ figure: context.figures[k] })), { figure: whole }, { block: claim.block, from: start, to: end }, ...notes],
        suggestion: null,
        ...(unsure ? { severity: 'warning' as const } : {}),
      });
    }
  },
});

// "05 điểm … tại các thôn: Đông, Tây, Nam và Bắc (mỗi thôn 01 điểm)": four places of one each are four, not five.
function reportPerPlace(context: RuleContext, claim: Claim, whole: Figure): void {
  const total = claim.items.length * claim.each!;
  if (total === whole.value) return;
  const block = context.source.blocks[claim.block].span.start;
  context.report({
    messageId: 'perPlaceMismatch',
    data: { count: whole.value, listed: claim.items.length, each: claim.each!, total, items: claim.items.join('; ') },
    places: [{ figure: whole }, { block: claim.block, from: claim.span.start - block, to: claim.span.end - block }],
    suggestion: null,
  });
}
