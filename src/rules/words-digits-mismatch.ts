/**
 * words-digits-mismatch — a number written in digits and again in words beside
 * it must say the same value.
 *
 * Why: "12 (mười ba) thôn" leaves the reader with two counts; an amount whose
 * "Bằng chữ:" says "triệu" where the digits say thousands is a payment error
 * of a thousandfold. Either side may be the slip, so no suggestion is made.
 *
 * Policy: only figures whose words the extraction read beside their digits
 * ("07 (bảy) hộ", "125.000.000 đồng (Bằng chữ: Một trăm hai mươi lăm triệu
 * đồng chẵn)", or "Bằng chữ:" opening the next paragraph); words standing alone are a figure of their own and are never
 * compared. Values are compared as read, scale words included; words that leave
 * out the digits' scale ("125 (một trăm hai mươi lăm) triệu đồng") are scaled
 * by the extraction before they reach this rule.
 *
 * @example {"name": "ok.txt"}
 *   Xã thành lập 07 (bảy) tổ công nghệ số cộng đồng. Tổng kinh phí 125.000.000 đồng (Bằng chữ: Một trăm hai mươi lăm triệu đồng chẵn).
 * @example {"name": "not-ok.txt", "expect": "wordsDigitsMismatch"}
 *   Toàn xã có 12 (mười ba) thôn được phủ sóng 4G.
 * @example {"name": "scale.txt", "expect": "wordsDigitsMismatch"}
 *   Kinh phí hỗ trợ: 125.000.000 đồng (Bằng chữ: Một trăm hai mươi lăm nghìn đồng).
 */
import type { Figure } from '../model/index.js';
import { defineRule } from './define.js';
import { writtenInDigits } from '../extract/figures.js';

export default defineRule({
  id: 'words-digits-mismatch',
  severity: 'error',
  description: 'Số viết bằng chữ khác số viết bằng số bên cạnh',
  messages: {
    wordsDigitsMismatch: 'Ghi bằng số {digits} nhưng bằng chữ "{words}" là {spelled}',
  },
  check(context) {
    for (const f of context.figures) {
      const spelled = f.spelled;
      if (!spelled || !writtenInDigits(f) || spelled.span.start === f.span.start) continue;
      if (sameValue(f, spelled.value)) continue;
      const block = context.source.blocks[spelled.block];
      const from = spelled.span.start - block.span.start;
      const to = spelled.span.end - block.span.start;
      context.report({
        messageId: 'wordsDigitsMismatch',
        data: { digits: f.value, spelled: spelled.value, words: block.text.slice(from, to) },
        places: [{ figure: f }, { block: spelled.block, from, to }],
      });
    }
  },
});

function sameValue(f: Figure, spelled: number): boolean {
  return Math.abs(f.value - spelled) <= 1e-9 * Math.max(1, Math.abs(f.value));
}
