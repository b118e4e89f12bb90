import { placeKey, rankOf } from '../extract/places.js';
import { inList } from '../extract/place-roles.js';
import { defineRule } from './define.js';
function mismatches(unit, mentions, blockText) {
    const own = mentions.find((m) => m.unit.name === unit.name)?.key ?? placeKey(unit.name.slice(unit.level.length + 1));
    const rank = rankOf(unit);
    return mentions.filter((m) => {
        if (rankOf(m.unit) !== rank || m.key === own)
            return false;
        if (rank === 2 && !m.subject)
            return false;
        return !m.cited && !m.other && !m.former && !m.covered && !inList(mentions, m, own, blockText(m.block));
    });
}
export default defineRule({
    id: 'locality-mismatch',
    severity: 'warning',
    description: 'Báo cáo nêu tên một đơn vị cùng cấp khác với đơn vị ban hành',
    messages: {
        localityMismatch: 'Báo cáo của {expected} nhưng đoạn này nói về {found}',
    },
    check(context) {
        const { meta } = context;
        if (!meta.unit || rankOf(meta.unit) < 2)
            return;
        const { places: mentions, home } = context.textReadings;
        for (const m of mismatches(meta.unit, mentions, (b) => context.source.blocks[b].text)) {
            const places = [{ block: m.block, from: m.from, to: m.to }, ...(home ? [{ block: home.block, from: home.from, to: home.to }] : [])];
            context.report({ messageId: 'localityMismatch', data: { found: m.unit.name, expected: meta.unit.name }, places, suggestion: meta.unit.name });
        }
    },
});
//# sourceMappingURL=locality-mismatch.js.map