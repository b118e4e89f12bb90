import { z } from 'zod';
/** What a column holds, told from its header words. */
export const ColumnRole = z.enum([
    'stt', 'label', 'unit', 'target', 'period', 'cumulative', 'total', 'part', 'percent', 'notes', 'value',
]);
/**
 * What a column measures, told from its header words (finer than its role; read by the table checks):
 * plan (Kế hoạch, Dự toán, Chỉ tiêu), result (Thực hiện, Kết quả, Quyết toán), fulfilment (% so với KH,
 * Tỷ lệ so với dự toán), change (Tăng/giảm (%), So với cùng kỳ (%)), rate (Tỷ lệ), average (Bình quân; a price or per-unit rate: Đơn giá, Mức thu),
 * rank (Xếp hạng/Xếp loại), unit (ĐVT), money (Số tiền, Kinh phí, "(triệu đồng)"), count (Số hộ, Số lượng),
 * amount (any other quantity column), none (labels, STT, notes).
 */
export const ColumnMeasure = z.enum(['plan', 'result', 'fulfilment', 'change', 'rate', 'average', 'rank', 'unit', 'money', 'count', 'amount', 'none']);
/** How a cell reads: nothing, words, or one figure of a kind. */
export const CellKind = z.enum(['empty', 'text', 'count', 'decimal', 'money', 'percent', 'fraction', 'mixed']);
/** Characters [from, to) of one block's text. */
export const BlockRange = z.object({ block: z.number().int(), from: z.number().int(), to: z.number().int() });
/** One cell of a body row, with its parsed value. */
export const TableCell = z.object({
    /** The cell's text, markup removed (pieces of a row split over pdf lines joined). */
    text: z.string(),
    kind: CellKind,
    /** count/decimal/money: the amount; percent: the number before "%"; fraction: numerator/denominator. */
    value: z.number().nullable(),
    /** Digits after the decimal comma of the value (of the percent for a percent). */
    decimals: z.number().int(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    /** A fraction's own stated percent ("875/875 = 100%"), else null. */
    percent: z.number().nullable(),
    percentDecimals: z.number().int().nullable(),
    /** True when nothing but the figure (and a unit) is in the cell: "37", "85%", not "Phấn đấu 100%". */
    pure: z.boolean(),
    /** Where the cell's figure (or, without one, the whole cell) is written; null for a cell the row lacks. */
    at: BlockRange.nullable(),
});
/** A column: its header text and role. */
export const TableColumn = z.object({
    index: z.number().int(),
    /** Header cells from the top row down, merged-cell spill filled in ("Số lượng", "Trong đó(*)", "Trang bị trước 5 năm"). */
    headers: z.array(z.string()),
    /** The header parts joined by " / ". */
    header: z.string(),
    role: ColumnRole,
    /** For a part column: the column index of the "Trong đó"/"Chia ra" header cell that groups it. */
    group: z.number().int().nullable(),
    measure: ColumnMeasure,
    /** The year the header names ("Năm 2024", "6 tháng đầu năm 2023"), else null. */
    year: z.number().int().nullable(),
    /**
     * Which side of a comparison the header names: the earlier period ("Cùng kỳ", "Năm trước", "Kỳ trước") or the
     * current one ("Kỳ này", "Năm nay", "Kỳ báo cáo"); null for neither, both, or a change/rate column.
     */
    time: z.enum(['current', 'earlier']).nullable(),
});
/** A body row of a table. */
export const TableRow = z.object({
    /** The blocks the row is read from (more than one when a pdf wraps a row over lines). */
    blocks: z.array(z.number().int()),
    /** The STT cell as written ("1", "II", "a"), or "". */
    stt: z.string(),
    /** The text of the label column ("Máy in", "Tỷ lệ hồ sơ …"), or "". */
    label: z.string(),
    cells: z.array(TableCell),
    /** A "Tổng", "Tổng cộng", "Cộng", "Tổng số" row. */
    total: z.boolean(),
    /**
     * Depth in the table's outline told from the STT styles (I / 1 / 1.1 / a / -) in order of first use,
     * 0 at the top; null when the row's place is unclear (no STT among numbered rows) and for total rows.
     */
    level: z.number().int().nullable(),
    /** Index (in rows) of the row heading this row's group, or null at the top. */
    parent: z.number().int().nullable(),
    /** True when rows of a deeper level follow this one (it heads a group). */
    head: z.boolean(),
    /** The row's ĐVT cell ("Lượt", "Tỷ đồng", "%"), or "". */
    unit: z.string(),
});
/** A table of the report: header rows, columns with roles, body rows with parsed cells. */
export const Table = z.object({
    index: z.number().int(),
    /** Blocks of the header rows. */
    headerBlocks: z.array(z.number().int()),
    columns: z.array(TableColumn),
    /** Column of the row labels (the "Nội dung"/"Tên thiết bị" column), or null. */
    labelColumn: z.number().int().nullable(),
    rows: z.array(TableRow),
});
//# sourceMappingURL=table.js.map