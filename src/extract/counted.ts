/**
 * Counted nouns and measure units: the words that make the number before them a
 * quantity. They tell "7/7 thôn" (a fraction) from "đến 15/10" (a date), and
 * "ba mươi hộ" (a count) from "thứ ba" (a weekday). A closed list on purpose:
 * any lowercase word after a number is not a counted noun ("đến 15/10 hoàn thành").
 */

const NOUNS = (
  'người|hộ|hộ gia đình|hộ dân|hộ nghèo|hộ cận nghèo|nhân khẩu|khẩu|lao động|thành viên|cán bộ|công chức|viên chức|' +
  'đảng viên|đoàn viên|hội viên|học sinh|giáo viên|sinh viên|trẻ|trẻ em|em|cháu|bệnh nhân|đối tượng|công dân|' +
  'lượt|lượt người|hồ sơ|trường hợp|thủ tục|văn bản|tin|tin bài|bài|vụ|vụ việc|đơn|đơn thư|kiến nghị|' +
  'xã|phường|thị trấn|thôn|xóm|ấp|bản|tổ|khu phố|tổ dân phố|làng|đội|nhóm|câu lạc bộ|' +
  'trường|trường học|lớp|phòng|điểm|điểm trường|trạm|cơ sở|cơ quan|đơn vị|doanh nghiệp|hợp tác xã|tổ hợp tác|trang trại|' +
  'cái|chiếc|con|căn|ngôi|nhà|máy|máy tính|bộ|thiết bị|camera|cụm loa|loa|xe|tuyến|công trình|dự án|mô hình|sản phẩm|' +
  'buổi|lần|cuộc|đợt|hội nghị|lớp tập huấn|chuyên đề|tài khoản|thuê bao|chữ ký số|giấy|bản sao|phiếu|thẻ|sổ|' +
  'ha|héc ta|hecta|sào|mẫu|km|m|mét|ki lô mét|kilômét|m2|m3|mét vuông|mét khối|kg|ki lô|ki lô gam|kí|kí lô|gam|gram|' +
  'tấn|tạ|yến|lít|mi li lít|ml|con giống|cây|gốc|ô|lô|suất|tỷ đồng|triệu đồng|nghìn đồng|đồng|vôn|inch'
).split('|');

const SET = new Set(NOUNS);
/** Acronyms counted as things: "TTHC", "CBCC", "HS". */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The counted noun or unit starting at `at` (after optional spaces), as written; null when none. */
export function countedNounAt(text: string, at: number): string | null {
  const m = /^[ \u00A0\u202F]?((?:\p{L}+)(?: \p{L}+){0,3})/u.exec(text.slice(at, at + 40));
  if (!m) return null;
  const words = m[1].split(' ');
  if (ACRONYM.test(words[0])) return words[0];
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const phrase = words.slice(0, n).join(' ').toLowerCase();
    if (SET.has(phrase) && (n > 1 || !/^\p{Lu}\p{Ll}/u.test(words[0]) || at === 0)) return words.slice(0, n).join(' ');
  }
  return null;
}
