/**
 * Documents shared by the segment and rule tests of numbered lines opening on a figure (session 56), so each reading is
 * checked on one text at both layers.
 */

/** Agriculture: "a)" and "c)" are titles with a body; "b) 36 con bò …" between them opens on a figure. */
export const TITLED_WITH_FIGURE_LED = [
  'I. KẾT QUẢ SẢN XUẤT',
  'a) Trồng trọt',
  'Gieo cấy 420 ha lúa, năng suất bình quân 62 tạ/ha.',
  'b) 36 con bò được hỗ trợ giống trong năm.',
  'c) Chăn nuôi',
  'Tổng đàn lợn 3.150 con, đàn gia cầm 41.000 con.',
] as const;
