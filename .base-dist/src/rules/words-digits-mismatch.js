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
            if (!spelled || !writtenInDigits(f) || spelled.span.start === f.span.start)
                continue;
            if (sameValue(f, spelled.value))
                continue;
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
function sameValue(f, spelled) {
    return Math.abs(f.value - spelled) <= 1e-9 * Math.max(1, Math.abs(f.value));
}
//# sourceMappingURL=words-digits-mismatch.js.map