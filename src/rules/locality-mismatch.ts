/**
 * locality-mismatch — the report's own facts must be about its own unit.
 *
 * Why: reports are often copied from a neighbour's; "Trạm y tế xã Tân Lập"
 * left in the report of phường Hòa Bình, or "xã Đông Sơn" in the closing of
 * xã Sơn Đông's report, puts the figures on the wrong place. Only a NAMED unit of the issuer's rank other than the issuer counts,
 * for a commune-level issuer (xã, phường, thị trấn) and a district-level one
 * (huyện, quận, thị xã, thành phố thuộc tỉnh; a centrally governed city such
 * as "thành phố Đà Nẵng" is a province). A district's report names its peers
 * more often (provincial rankings, events hosted in the provincial capital),
 * so there a peer counts only as the grammatical subject of its clause:
 * "Trong kỳ, UBND quận Sơn Trà đã ký số …", "Toàn huyện X có …", or as the owner of that subject,
 * "đội tuyển học sinh giỏi của huyện X được xếp …", or as the district its counted communes belong to before their verb
 * and figure, "Bộ phận một cửa của 15 xã, thị trấn thuộc huyện X tiếp nhận 27.408 hồ sơ". Not mismatches: a district's report naming its
 * communes, lists of several units, neighbours ("giáp", "lân cận"), partners and
 * places visited ("phối hợp với UBND xã X", "tham quan mô hình tại xã X"), places the issuer sent people to ("cử 12 dân quân hỗ trợ diễn tập tại xã X"), units in a
 * document citation ("Quyết định số 12/QĐ-UBND … của UBND xã X"), providers
 * ("VNPT Thanh Hoá", "Bưu điện huyện"), the site of another body ("Trung tâm … tỉnh đóng tại xã X"), former
 * units merged into the issuer ("khu vực xã X (cũ)", or units the report's merger sentence lists: "thành lập trên cơ sở
 * sắp xếp 03 xã: X, Y và Z"), the units of an issuer's stated area ("Đội … (phụ trách địa bàn huyện X và huyện Y)"), rivals
 * in a ranking or a match ("sau đội xã X"), and spelling variants of the issuer's own name ("Giềng Đáy" for "Giếng Đáy").
 * The unit closing the closing line ("Trên đây là báo cáo … của Ủy ban nhân dân xã X./.") is the report's author, so the
 * issuer itself (or its own clause's subject, for a district), whatever partner words the title's topic holds.
 * A unit whose governing body issued the resolution, decision or plan the report carries out ("Thực hiện Nghị quyết số
 * 45/NQ-HĐND … của Hội đồng nhân dân xã X về dự toán ngân sách năm 2025") is whose matter the report's is, cited though it
 * is: only a unit's own council, committee or party committee decides its matters (src/extract/place-basis.ts).
 * A peer named by its Front committee, party committee or council as the partner of the issuer's work ("phối hợp với Ủy ban
 * MTTQ Việt Nam xã X tổ chức …" in a report of xã Y) is a slip too: those bodies unite or lead their own unit's bodies, so a
 * partner of that kind is the issuer's own, unless it is the issuer's counterpart, a neighbour or a joint party (src/extract/place-umbrella.ts).
 *
 * @example {"name": "ok.txt"}
 *   BÁO CÁO
 *   Kết quả chuyển đổi số năm 2024 xã Phú Tân
 *
 *   UBND xã Phú Tân báo cáo như sau:
 *
 *   I. KẾT QUẢ
 *   UBND xã đã phối hợp với VNPT Tân Phú và xã Tân Thới, xã Phú Thạnh tổ chức 02 lớp tập huấn.
 * @example {"name": "not-ok.txt", "expect": "localityMismatch"}
 *   BÁO CÁO
 *   Kết quả chuyển đổi số năm 2024 xã Phú Tân
 *
 *   UBND xã Phú Tân báo cáo như sau:
 *
 *   I. KẾT QUẢ
 *   Trạm y tế xã Tân Phú có 7042 hồ sơ sức khỏe điện tử. UBND xã đã cấp 14 chữ ký số.
 */
import type { PlaceMention, Unit } from '../model/index.js';
import { placeKey, rankOf } from '../extract/places.js';
import { inList } from '../extract/place-roles.js';
import { defineRule } from './define.js';

function mismatches(unit: Unit, mentions: PlaceMention[], blockText: (block: number) => string): PlaceMention[] {
  const own = mentions.find((m) => m.unit.name === unit.name)?.key ?? placeKey(unit.name.slice(unit.level.length + 1));
  const rank = rankOf(unit);
  return mentions.filter((m) => {
    if (rankOf(m.unit) !== rank || m.key === own) return false;
    // A peer whose council or committee issued what the report carries out is named where the report's own unit belongs.
    if (rank === 2 && !m.subject && !m.basis) return false;
    return (!m.cited || m.basis) && !m.other && !m.former && !m.covered && !inList(mentions, m, own, blockText(m.block));
  });
}

export default defineRule({
  id: 'locality-mismatch',
  severity: 'warning',
  description: 'Báo cáo nêu tên một đơn vị cùng cấp khác với đơn vị ban hành',
  messages: {
    localityMismatch: 'Báo cáo của {expected} nhưng đoạn này nói về {found}',
    notMember: 'Báo cáo của {expected} liệt kê đủ các xã, thị trấn của mình nhưng không có {found}; đoạn này nói về {found}',
  },
  check(context) {
    const { meta } = context;
    if (!meta.unit || rankOf(meta.unit) < 2) return;
    const { places: mentions, home } = context.textReadings;
    for (const m of mismatches(meta.unit, mentions, (b) => context.source.blocks[b].text)) {
      const places = [{ block: m.block, from: m.from, to: m.to }, ...(home ? [{ block: home.block, from: home.from, to: home.to }] : [])];
      context.report({ messageId: 'localityMismatch', data: { found: m.unit.name, expected: meta.unit.name }, places, suggestion: meta.unit.name });
    }
    for (const m of context.textReadings.strangers) {
      context.report({ messageId: 'notMember', data: { found: m.unit.name, expected: meta.unit.name }, places: [{ block: m.block, from: m.from, to: m.to }] });
    }
  },
});
