/**
 * A capital plan grouped under lettered rows A, B, C (each the sum of its numbered rows: 3.000 + 2.000 = 5.000,
 * 1.500 + 900 = 2.400, 600 + 500 = 1.100), shared by the table-structure test (how the rows nest) and the rule test
 * (what the groups add). `canal` is the plan of row 4, "900" for a table that adds up.
 */
export const letteredPlanRows = (canal = '900'): string[][] => [
  ['A', 'Vốn tỉnh hỗ trợ', '5.000', '3.000'],
  ['1', 'Đường liên thôn', '3.000', '2.000'],
  ['2', 'Nhà văn hóa', '2.000', '1.000'],
  ['B', 'Vốn huyện', '2.400', '1.300'],
  ['3', 'Chợ xã', '1.500', '900'],
  ['4', 'Kênh nội đồng', canal, '400'],
  ['C', 'Vốn xã', '1.100', '700'],
  ['5', 'Cổng trường', '600', '300'],
  ['6', 'Sân thể thao', '500', '400'],
];
