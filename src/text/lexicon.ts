/**
 * The lexicon: every cue word the reading of a report relies on, in one place.
 *
 * Lists hold words as a report writes them (new-style tones, "hòa"); `alt`
 * turns a list into a regex alternation that also accepts the old-style tone
 * placement ("hoà", "luỹ kế") and prefers longer words ("gồm có" before
 * "gồm"). Modules build their patterns from these lists, adding only their own
 * context (what must follow or precede), so a new wording is added once here.
 */
import { oldStyleTones, unifyTones } from './normalize.js';

/** Regex-escape a literal. */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every spelling the lexicon accepts for a word: new- and old-style tone placement. */
export function spellings(word: string): string[] {
  return [...new Set([word.normalize('NFC'), unifyTones(word), oldStyleTones(word)])];
}

/**
 * Words that stop being the cue when another word follows them: "kế hoạch hóa gia đình" is family planning,
 * not a plan. `alt` adds the refusal to every pattern built from a list holding the word.
 */
export const NOT_FOLLOWED_BY: Readonly<Record<string, readonly string[]>> = {
  'kế hoạch': ['hóa'],
};

const refusal = (word: string): string => {
  const next = NOT_FOLLOWED_BY[unifyTones(word.normalize('NFC'))];
  return next ? `(?!\\s+(?:${next.flatMap(spellings).map(escape).join('|')})(?![\\p{L}]))` : '';
};

/** A regex alternation (no group) of words and their tone variants, longest first. */
export function alt(...lists: ReadonlyArray<readonly string[]>): string {
  const all = [...new Set(lists.flat().flatMap(spellings))];
  return all.sort((a, b) => b.length - a.length || a.localeCompare(b)).map((w) => escape(w) + refusal(w)).join('|');
}

/** A regex matching any of the words as whole words (not inside a longer word). */
export function wordsRe(words: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${alt(words)})(?![\\p{L}])`, flags);
}

// ——— part and whole ———

/** "of which": a whole followed by some of its parts. */
export const OF_WHICH = ['trong đó', 'trong số đó', 'trong số này'] as const;
/** "consists of": a whole followed by its parts. */
export const CONSISTS_OF = ['gồm', 'gồm có', 'bao gồm'] as const;
/** "divided into" (a breakdown that covers the whole). */
export const DIVIDED_INTO = ['chia ra'] as const;
/** "specifically" / "in detail": announces a breakdown when a colon follows. */
export const SPECIFICALLY = ['cụ thể'] as const;
export const IN_DETAIL = ['chi tiết'] as const;
/** "as follows" after SPECIFICALLY / IN_DETAIL. */
export const AS_FOLLOWS = ['như sau'] as const;
/** "separately, for X alone": a part singled out after a comma. */
export const SEPARATELY = ['riêng'] as const;
/** Every part/whole connector. */
export const PART_CONNECTORS = [...OF_WHICH, ...CONSISTS_OF, ...DIVIDED_INTO, ...SPECIFICALLY, ...SEPARATELY] as const;
/** A table row or column heading a group of the rows/columns under it. */
export const GROUP_HEADS = [...OF_WHICH.slice(0, 1), ...DIVIDED_INTO, ...CONSISTS_OF.filter((w) => w !== 'gồm có')] as const;
/** "total": a whole stated as such. */
export const TOTAL_WORDS = ['tổng', 'tổng số', 'tổng cộng'] as const;

// ——— rates, plans, comparison, change ———

/** "rate / proportion", in both spellings. */
export const RATE_WORDS = ['tỷ lệ', 'tỉ lệ'] as const;
/** What a plan or a target is called. */
export const TARGET_WORDS = ['mục tiêu', 'chỉ tiêu', 'kế hoạch'] as const;
/** Words marking a planned or targeted value rather than a result. */
export const PLAN_WORDS = [...TARGET_WORDS, 'phấn đấu', 'dự kiến', 'được giao', 'đề ra'] as const;
/** Verbs of completion against a target ("đạt kế hoạch", "vượt chỉ tiêu"). */
export const COMPLETION_VERBS = ['vượt', 'đạt', 'hoàn thành', 'chưa đạt', 'không đạt', 'chưa hoàn thành'] as const;
/** Verbs of change ("tăng 5%"). */
export const CHANGE_VERBS = ['tăng', 'giảm'] as const;
/** Words comparing a value with another (a change, not a part). */
export const COMPARISON_WORDS = [...CHANGE_VERBS, 'so với', 'gấp', 'vượt', 'hơn'] as const;
/** Words naming an earlier value the current one is compared with. */
export const PRIOR_WORDS = ['so với', 'cùng kỳ', 'năm trước', 'trước đây'] as const;
/** Words of a running total. */
export const CUMULATIVE_WORDS = ['lũy kế', 'cộng dồn', 'từ đầu năm', 'tính đến', 'tính từ', 'đến nay', 'từ khi'] as const;

// ——— counted things, units, periods ———

/** Words for people that count the same thing as "người". */
export const PERSON_NOUNS = ['người', 'công dân', 'người dân', 'nhân khẩu', 'đối tượng'] as const;
/** Words that say what kind of place a name is ("xã An Lộc", "tổ dân phố 5"), not which place: left out when places are matched. */
export const PLACE_KIND_WORDS = ['xã', 'phường', 'thị trấn', 'thị xã', 'huyện', 'quận', 'thành phố', 'thôn', 'ấp', 'bản', 'xóm', 'làng', 'khu phố', 'tổ dân phố', 'tổ', 'khu'] as const;
/** Units of time a number can count ("3 tháng", "2 lần"). */
export const DURATION_UNITS = ['ngày', 'tháng', 'năm', 'giờ', 'phút', 'tuần', 'quý', 'lần', 'buổi', 'kỳ', 'đợt'] as const;
/** Period words of a rate's denominator ("hồ sơ/tháng"). */
export const PERIOD_UNITS = ['ngày', 'tuần', 'tháng', 'quý', 'năm'] as const;

// ——— list bullets ———

/** Characters that open a list item ("-", "+", "•", …), as a regex character-class body. */
export const BULLET_CHARS = '\\-+•*–·';

// ——— patterns built from the lists ———

/** Any part/whole connector, as a whole word. */
export const PART_CONNECTOR = wordsRe(PART_CONNECTORS);
/** "tỷ lệ" / "tỉ lệ" as a whole word. */
export const RATE_WORD = wordsRe(RATE_WORDS);
/** A comparison or change word, as a whole word. */
export const COMPARISON = wordsRe(COMPARISON_WORDS);
/** A running-total word, as a whole word. */
export const CUMULATIVE = wordsRe(CUMULATIVE_WORDS);
/** A plan or target word, as a whole word. */
export const PLAN = wordsRe(PLAN_WORDS);

/** Words of a backlog carried over ("tồn"): like a running total, it mixes periods. */
export const BACKLOG_WORDS = ['tồn'] as const;
/** Running-total words that mark a figure as cumulative over periods. */
export const RUNNING_TOTAL_WORDS = ['lũy kế', 'cộng dồn', 'từ đầu năm', 'tính đến'] as const;
/** Verbs joining a share to its whole ("chiếm", "đạt", "tương đương"). */
export const SHARE_VERBS = ['chiếm', 'đạt', 'bằng', 'tương đương', 'tương ứng'] as const;
/** Hedges before a number ("hơn", "gần", "khoảng"): the value is approximate. */
export const HEDGES = ['hơn', 'gần', 'khoảng', 'trên', 'xấp xỉ'] as const;
/** Words naming a list of names after a count ("danh sách"). */
export const LIST_WORDS = ['danh sách'] as const;
/** Words after a counted part that open what it is worth or holds, not another part: "17 hồ sơ với giá trị 38,9 tỷ đồng". */
export const ATTRIBUTE_WORDS = ['với', 'trị giá'] as const;
/** Words that turn a noun into a neighbouring category, not a subset of it: "hộ cận nghèo", "hộ tái nghèo", "phi nông nghiệp". */
export const CATEGORY_SHIFTERS = ['cận', 'tái', 'phi', 'ngoài', 'không', 'chưa'] as const;
/** Classifiers before a counted noun ("ngôi nhà", "chiếc xe", "con bò"): the noun is what is counted. */
export const NOUN_CLASSIFIERS = ['ngôi', 'chiếc', 'cái', 'con', 'cuốn', 'quyển', 'bức', 'tấm', 'ngọn'] as const;
/** "among": a part taken out of a whole ("trong số đó", "trong số các xã"). */
export const AMONG = ['trong số'] as const;
/** Words of an average or a per-unit value ("mỗi", "bình quân"). */
export const EACH_WORDS = ['mỗi', 'bình quân', 'trung bình'] as const;

// ——— sentence boundaries ———

/** Abbreviations whose point never ends a sentence ("TP. Hạ Long", "ThS. Nguyễn …"), compared case-sensitively. */
export const ABBREVIATIONS = ['TP', 'Tp', 'TX', 'Tx', 'TT', 'Q', 'P', 'ThS', 'Ths', 'TS', 'PGS', 'GS', 'BS', 'KS', 'Đ/c', 'đ/c', 'NXB'] as const;

// ——— plans, deadlines, finished actions ———

/** Words that title a section of plans rather than results ("Phương hướng, nhiệm vụ …"). */
export const PLAN_SECTION_WORDS = ['nhiệm vụ', 'phương hướng', 'kế hoạch', 'giải pháp', 'kiến nghị', 'đề xuất'] as const;
/** More words that open a plan section's title ("Mục tiêu, nhiệm vụ …", "Dự kiến …"). */
export const PLAN_TITLE_EXTRA = ['mục tiêu', 'dự kiến'] as const;
/** Words that make an earlier date a starting point or a comparison, not an action of the period. */
export const SINCE_WORDS = ['từ', 'kể từ', 'so với', 'cùng kỳ', 'năm trước', 'trước đó', 'đến nay', 'tới nay', 'giai đoạn'] as const;
/** Lasting facts a report recalls from earlier years: a recognition, an opening, a merger. */
export const BACKGROUND_WORDS = ['công nhận', 'khởi công', 'khánh thành', 'đi vào hoạt động', 'đưa vào sử dụng', 'ra mắt', 'phê duyệt', 'ban hành', 'sáp nhập', 'được cấp', 'được tặng', 'đạt chuẩn'] as const;
/** Words of what is still to come: plans, forecasts, estimates, proposals. */
export const FUTURE_WORDS = ['sẽ', 'dự kiến', 'kế hoạch', 'phấn đấu', 'chuẩn bị', 'tiếp tục', 'đề nghị', 'đề xuất', 'ước'] as const;
/** Words that name a day or an event, so a "d/m" after them (or after the event's name) is its date: "dịp lễ 30/4", "Ngày Sách Việt Nam 21/4". */
export const EVENT_DAY_WORDS = ['ngày', 'dịp', 'lễ', 'kỷ niệm', 'tết'] as const;
/** Units of a condition inside a part, never what the part counts: "khám thai đủ 4 lần", "tiêm đủ 2 mũi", "đạt 19 tiêu chí". */
export const CONDITION_UNITS = ['lần', 'mũi', 'liều', 'thời kỳ', 'kỳ', 'đợt', 'buổi', 'tiêu chí'] as const;
/** A standard a value is held against: "đạt tiêu chí", "đạt chuẩn". */
export const CRITERION_WORDS = ['tiêu chí', 'chuẩn'] as const;
/** Words that make a requirement a lower bound: "(yêu cầu từ 70 triệu đồng trở lên)", "tối thiểu 90%". */
export const MINIMUM_WORDS = ['trở lên', 'tối thiểu', 'ít nhất'] as const;
/** Words of a difference written out in brackets: "Kết dư (tổng thu trừ tổng chi) là …". */
export const MINUS_WORDS = ['trừ đi', 'trừ'] as const;
/** Words after a time unit that make it a unit of work, a counted amount: "640 ngày công", "1 200 giờ công". */
export const WORK_UNIT_TAILS = ['công'] as const;
/** Words of a deadline ("trước ngày", "chậm nhất"). */
export const DEADLINE_WORDS = ['trước ngày', 'đến ngày', 'chậm nhất', 'hạn'] as const;
/** What a fulfilment rate is measured against: "đạt 92% kế hoạch", "đạt 56,9% dự toán", "đạt 80% KH". */
export const PLAN_BASES = ['kế hoạch', 'KH', 'dự toán', 'chỉ tiêu', 'mục tiêu'] as const;
/** Words that set a value equal to a share of a yardstick: "bằng 132% giá khởi điểm", "tương đương 80% mức lương". */
export const EQUAL_WORDS = ['bằng', 'tương đương'] as const;
/** Words that open the title of a law, whose year closes it: "Luật Giáo dục 2019", "Bộ luật Lao động 2019", "Hiến pháp 2013". */
export const LAW_TITLE_WORDS = ['Luật', 'Bộ luật', 'Hiến pháp', 'Pháp lệnh'] as const;
/** Verbs of a work finished and handed over: "đã hoàn thành, nghiệm thu và đưa vào sử dụng từ ngày …". */
export const COMPLETED_ACTIONS = ['hoàn thành', 'nghiệm thu', 'khánh thành', 'bàn giao', 'đưa vào sử dụng'] as const;
/** Words of a purpose or a condition, after which a date is no longer the finished work's own: "đã nghiệm thu để đưa vào sử dụng từ ngày …". */
export const PURPOSE_WORDS = ['để', 'nhằm', 'chờ', 'sau khi'] as const;
/** Words of an action already finished. */
export const FINISHED_WORDS = ['đã', 'hoàn thành'] as const;

// ——— other units named in a report ———

/** Verbs whose object receives the issuer's help, so a unit named right after them is not where the report's facts happen: "hỗ trợ xã X 2 tấn giống". */
export const RECIPIENT_VERBS = ['hỗ trợ', 'giúp đỡ', 'ủng hộ', 'tặng', 'trao tặng', 'chi viện', 'cứu trợ', 'chuyển giao', 'bàn giao', 'cung cấp', 'gửi', 'cho'] as const;
/** Words that set a named unit beside the issuer as a yardstick: "cao hơn xã X", "thấp hơn huyện Y", "so với xã Z". */
export const YARDSTICK_WORDS = ['hơn', 'so với', 'bằng', 'như', 'kém'] as const;

// ——— what a percentage is ———

/**
 * Words of growth, plan fulfilment and comparison around a percentage: over 100% is normal there ("tăng 112%",
 * "đạt 112% kế hoạch", "bằng 150% năm trước"). Matched anywhere in the words (they are distinctive as they stand);
 * "KH" and the change verbs are added as whole words by the reader.
 */
export const GROWTH_OR_PLAN_WORDS = ['so với', 'so sánh', 'kế hoạch', 'chỉ tiêu', 'dự toán', 'mục tiêu', 'nghị quyết', 'vượt', 'tăng trưởng', 'gấp', 'cùng kỳ', 'năm trước', 'kỳ trước', 'chỉ số', 'hoàn thành', 'phấn đấu', 'định mức'] as const;
/** Words of a share or coverage rate, which cannot pass 100% ("Tỷ lệ … phủ sóng", "có tài khoản", "chiếm"); "được" is added as a whole word by the reader. */
export const SHARE_RATE_WORDS = ['tỷ lệ', 'tỉ lệ', 'có kết nối', 'kết nối', 'phủ sóng', 'bao phủ', 'sử dụng', 'có tài khoản', 'cài đặt', 'tham gia', 'chiếm', 'trên tổng số', 'số hóa', 'trực tuyến', 'ký số', 'đạt chuẩn', 'hộ gia đình', 'người dân'] as const;
/**
 * Header words of a plan, target, norm or earlier-period column, whose rates may pass 100%: "Kế hoạch", "KH", "Cùng kỳ",
 * "Định mức" (a staffing or spending norm: "Hiện có" over "Định mức" passes 100% where staff exceed it).
 */
export const PLAN_COLUMN_WORDS = ['kế hoạch', 'KH', 'chỉ tiêu', 'mục tiêu', 'dự toán', 'định mức', 'cùng kỳ', 'năm trước'] as const;

/**
 * Words of a column header that frame a figure (when, how, what kind of number) without naming what it measures:
 * "Tổng số phòng học" measures "phòng học", "Tỷ lệ kiên cố (%)" measures "kiên cố", "Kết quả" and "Hiện có" nothing.
 */
export const HEADER_FRAME_WORDS = [
  'kỳ báo cáo', 'kết quả', 'số liệu', 'thực hiện', 'giá trị', 'số lượng', 'tổng số', 'tổng cộng', 'tổng', 'ghi chú',
  'năm', 'tháng', 'quý', 'tỷ lệ', 'tỉ lệ', 'hiện có', 'lũy kế', 'số',
] as const;

// ——— numbers that name rather than count ———

/** Words after which a number names a place, a period, a document or an item rather than counting: "tổ 3", "khu phố 5", "quý 2", "Nghị định 13". */
export const NAMING_WORDS = [
  'tổ', 'tổ dân phố', 'khu phố', 'khu', 'thôn', 'xóm', 'ấp', 'bản', 'đội', 'ô', 'lô', 'phòng', 'tầng',
  'năm', 'tháng', 'quý', 'tuần', 'ngày', 'kỳ', 'đợt', 'lần', 'lần thứ', 'khóa', 'giai đoạn', 'bước', 'điều', 'khoản', 'mục', 'phụ lục', 'biểu', 'mẫu', 'bảng',
  'quyết định', 'nghị định', 'nghị quyết', 'thông tư', 'công văn', 'kế hoạch', 'chỉ thị', 'tiêu chí', 'chỉ tiêu', 'nhóm', 'hạng', 'loại', 'phiên bản',
  'quốc lộ', 'tỉnh lộ', 'đường', 'lớp', 'iso', 'tcvn', 'covid', 'windows', 'office', 'version',
] as const;
/** Words of a level, whose numbers are single digits: "mức độ 3", "cấp 2". */
export const LEVEL_WORDS = ['mức', 'mức độ', 'cấp', 'cấp độ', 'level'] as const;
/** Units of time and age a number can measure ("3 6 tháng" is a span, not two counts run together). */
export const TIME_UNITS = ['năm', 'tháng', 'tuần', 'ngày', 'giờ', 'tiếng', 'phút', 'giây', 'quý', 'tuổi', 'lần'] as const;

// ——— what a date is of ———

/** Words that make a date a founding document's or a deadline ("Căn cứ Quyết định … ngày 18/3/2022", "trước ngày …"); matched anywhere in the clause before the date. */
export const DOCUMENT_BASIS_WORDS = ['căn cứ', 'thực hiện', 'theo', 'nghị quyết', 'nghị định', 'quyết định', 'kế hoạch', 'chương trình', 'đề án', 'chiến lược', 'chỉ thị', 'thông tư', 'luật', 'giai đoạn', 'trước ngày', 'đến ngày', 'hạn', 'dự kiến', 'từ năm', 'thành lập'] as const;
/** Marks inside a document number that make a date the document's ("15-NQ/TU", "13/2023/NĐ-CP", "05/KH-UBND"). */
export const DOCUMENT_CODE_MARKS = ['NQ/', 'NĐ-CP', 'QĐ-TTg', 'CT-TTg', '/TU', '/HU', '/TW', '-KH/'] as const;
/** Words of a time span over several years ("giai đoạn 2021–2025", "qua các năm"): dates of other years belong there. */
export const MULTI_YEAR_WORDS = ['giai đoạn', 'từ năm', 'qua các năm'] as const;
/** Words before a cut-off date ("đến 31/12/2023", "hết ngày …"). */
export const CUT_OFF_WORDS = ['đến', 'tới', 'hết'] as const;
/** Times of day before a date that opens an item ("Sáng ngày 05/3/2024, …"). */
export const TIME_OF_DAY_WORDS = ['vào', 'sáng', 'chiều', 'tối'] as const;
/** Words that open a title before its head noun ("Một số nhiệm vụ …", "Các giải pháp …"). */
export const TITLE_QUANTIFIERS = ['một số', 'các', 'những'] as const;

// ——— whose place a name is ———

/** Kinds of document a report cites by number ("Quyết định số 12/QĐ-UBND … của UBND xã X"). */
export const CITED_DOCUMENT_WORDS = ['Quyết định', 'Nghị quyết', 'Kế hoạch', 'Công văn', 'Chỉ thị', 'Thông báo', 'Hướng dẫn', 'Văn bản'] as const;
/** Words before a place's name that make it someone else's: a neighbour, a provider ("giáp xã X", "VNPT huyện Y"). */
export const NEIGHBOUR_OR_PROVIDER_WORDS = ['giáp', 'tiếp giáp', 'lân cận', 'láng giềng', 'VNPT', 'Viettel', 'Vinaphone', 'Mobifone', 'FPT', 'Bưu điện', 'Ngân hàng', 'Agribank', 'Chi nhánh', 'Công ty', 'Điện lực'] as const;
/** Words before a place's name that make it a partner or a place visited ("phối hợp với xã X", "tham quan mô hình tại xã Y"). */
export const PARTNER_WORDS = ['phối hợp', 'cùng với', 'cùng', 'kết nghĩa', 'liên kết', 'giao lưu', 'tham quan', 'học tập', 'học hỏi', 'thăm', 'trao đổi kinh nghiệm', 'làm việc với'] as const;
/** Words between a verb of giving and the unit that receives ("hỗ trợ cho UBND xã X", "cho bà con xã Y"). */
export const RECEIVER_WORDS = ['cho', 'với', 'UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'nhân dân', 'người dân', 'bà con'] as const;
/** Words that put a name in a relation (place, comparison, owner) rather than make it the actor of its clause. */
export const RELATION_WORDS = ['của', 'do', 'với', 'tại', 'ở', 'cho', 'đến', 'tới', 'về', 'so', 'như', 'hoặc', 'thuộc', 'giáp', 'cùng', 'từ', 'sau', 'trước', 'trên', 'trong', 'ngoài', 'bằng', 'theo', 'gồm', 'các', 'những', 'nhiều', 'hơn', 'thứ'] as const;
/** Words before a unit's name that make it the whole area the clause speaks of ("Toàn xã", "Trên địa bàn xã"). */
export const WHOLE_AREA_WORDS = ['toàn', 'địa bàn', 'trên địa bàn'] as const;
/**
 * Locatives that, opening a sentence and closed by a comma after the name, set the place of every fact after it:
 * "Tại huyện X, 42 phòng học tạm …", "Ở xã Y, tỷ lệ …" (the unit is the clause's subject in all but grammar).
 */
export const LOCATIVE_OPENERS = ['tại', 'ở'] as const;

// ——— the report's own unit, other times ———

/** Words after "của" that name the reporting unit itself ("của xã", "của UBND huyện"), nothing narrower. */
export const OWN_UNIT_WORDS = ['xã', 'phường', 'thị', 'quận', 'huyện', 'ubnd', 'ủy', 'uỷ', 'thành', 'tỉnh'] as const;
/** Words of a column or a table title of another time or of a running total ("Cùng kỳ", "So sánh", "Lũy kế"). */
export const OTHER_TIME_WORDS = ['cùng kỳ', 'năm trước', 'kỳ trước', 'so sánh', 'so với', 'lũy kế', 'tính đến', 'từ đầu'] as const;
/** Words that join a figure to the figure before it in one phrase ("612 ca phẫu thuật và 4.186 ca thủ thuật"). */
export const AND_WITH_WORDS = ['và', 'với'] as const;
/** Words that make one name of two things ("trường tiểu học và trung học cơ sở", "hộ nghèo hoặc cận nghèo"): it counts their union. */
export const AND_OR_WORDS = ['và', 'hoặc'] as const;
/** Aspect words before a verb ("đã đăng tải" = "đăng tải"). */
export const ASPECT_WORDS = ['đã', 'đang', 'được', 'sẽ', 'cũng', 'đều', 'vẫn'] as const;

// ——— table rows ———

/** Words of a row that is a rate or an average, never an amount to add ("Tỷ lệ …", "Năng suất bình quân"). */
export const RATE_ROW_WORDS = ['tỷ lệ', 'tỉ lệ', 'bình quân', 'trung bình', 'năng suất'] as const;
/** Denominators of a per-unit row ("tạ/ha", "đồng/người", "học sinh/lớp"). */
export const PER_UNIT_WORDS = ['ha', 'người', 'hộ', 'lớp'] as const;
/** Units that all count pieces of equipment or things, so may be added together ("Bộ" máy tính + "Chiếc" máy in). */
export const PIECE_UNITS = ['cái', 'chiếc', 'bộ', 'máy', 'con', 'quyển', 'cuốn', 'thiết bị'] as const;
/** Words opening a row whose members are only some of the whole ("Trong đó", "Riêng", "Ngoài ra"). */
export const SOME_OF_WORDS = ['trong đó', 'riêng', 'bao gồm cả', 'ngoài ra'] as const;
