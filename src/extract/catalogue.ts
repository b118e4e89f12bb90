/**
 * The canonical indicator catalogue: quantities of the national digital-transformation
 * reporting (chính quyền số / kinh tế số / xã hội số / hạ tầng) that commune, ward and
 * district reports state. Names follow the wording of the provincial DTI indicator sets
 * and the commune-level targets (e.g. Quyết định 922/QĐ-BTTTT, Đề án 06); synonyms are
 * the ways reports actually phrase them. A name is matched to a key by Vietnamese-aware
 * similarity (src/extract/indicators.ts); when nothing is close the key stays null.
 *
 * unit: 'percent' for rates, otherwise the counted noun.
 */
export interface IndicatorDef {
  key: string;
  name: string;
  synonyms: string[];
  unit: string;
  group: 'chinh-quyen-so' | 'kinh-te-so' | 'xa-hoi-so' | 'ha-tang-so' | 'truyen-thong';
}

export const CATALOGUE: readonly IndicatorDef[] = [
  // Chính quyền số
  { key: 'dvc.online_full_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ dịch vụ công trực tuyến toàn trình',
    synonyms: ['tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình', 'dịch vụ công trực tuyến toàn trình', 'thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình'] },
  { key: 'dvc.online_level34_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4',
    synonyms: ['tỷ lệ cung cấp dịch vụ công trực tuyến mức độ 3,4', 'dịch vụ công trực tuyến mức độ 3 và 4', 'dịch vụ công mức độ 3, 4'] },
  { key: 'dvc.online_partial', group: 'chinh-quyen-so', unit: 'thủ tục', name: 'Số dịch vụ công trực tuyến một phần',
    synonyms: ['dịch vụ công trực tuyến một phần', 'thủ tục cung cấp trực tuyến một phần'] },
  { key: 'dvc.online_payment_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ thanh toán trực tuyến dịch vụ công',
    synonyms: ['tỷ lệ thanh toán trực tuyến trên cổng dịch vụ công quốc gia', 'tỷ lệ giao dịch thanh toán trực tuyến', 'thanh toán trực tuyến phí lệ phí thủ tục hành chính'] },
  { key: 'dvc.with_transactions_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ',
    synonyms: ['tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ', 'dịch vụ công trực tuyến có giao dịch phát sinh hồ sơ', 'tthc cung cấp trực tuyến trong năm có giao dịch phát sinh hồ sơ'] },
  { key: 'hoso.online_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ hồ sơ giải quyết trực tuyến',
    synonyms: ['tỷ lệ hồ sơ được xử lý hoàn toàn trực tuyến', 'tỷ lệ hồ sơ thủ tục hành chính tiếp nhận giải quyết trực tuyến', 'tỷ lệ hồ sơ nộp trực tuyến', 'hồ sơ trực tuyến toàn trình', 'tỷ lệ hồ sơ tthc tiếp nhận giải quyết trực tuyến'] },
  { key: 'hoso.received', group: 'chinh-quyen-so', unit: 'hồ sơ', name: 'Số hồ sơ thủ tục hành chính tiếp nhận',
    synonyms: ['số hồ sơ đã tiếp nhận', 'tổng số hồ sơ tiếp nhận', 'hồ sơ tthc tiếp nhận', 'tiếp nhận hồ sơ'] },
  { key: 'hoso.resolved_ontime_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    synonyms: ['tỷ lệ hồ sơ giải quyết đúng và trước hạn', 'hồ sơ giải quyết trước và đúng hạn', 'tỷ lệ giải quyết đúng hạn'] },
  { key: 'hoso.digitised_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ hồ sơ được số hóa',
    synonyms: ['tỷ lệ hồ sơ được số hóa ngay từ khâu đầu vào', 'số hóa hồ sơ kết quả giải quyết thủ tục hành chính', 'tỷ lệ số hóa hồ sơ tthc', 'số hóa hồ sơ'] },
  { key: 'hoso.result_signed_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ ký số, số hóa kết quả trả cho người dân',
    synonyms: ['tỷ lệ ký số số hóa kết quả và trả cho người dân trên môi trường số', 'trả kết quả điện tử', 'số hóa kết quả giải quyết tthc'] },
  { key: 'vanban.signed_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ văn bản điện tử ký số',
    synonyms: ['tỷ lệ văn bản điện tử có chứng thực số và ký số', 'văn bản đi được ký số', 'số văn bản ban hành trên cqdt và ký số', 'văn bản điện tử có ký số', 'tỷ lệ văn bản có đầy đủ chữ ký số của cơ quan và lãnh đạo'] },
  { key: 'vanban.electronic_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ văn bản trao đổi dưới dạng điện tử',
    synonyms: ['tỷ lệ văn bản được xử lý trên môi trường điện tử', 'văn bản trao đổi giữa các cơ quan dưới dạng điện tử', 'văn bản điện tử', 'tỷ lệ văn bản được gửi qua mạng giữa các cơ quan'] },
  { key: 'vanban.incoming', group: 'chinh-quyen-so', unit: 'văn bản', name: 'Số văn bản đến',
    synonyms: ['tổng số văn bản đến', 'văn bản đến', 'số văn bản đến trên phần mềm'] },
  { key: 'vanban.outgoing', group: 'chinh-quyen-so', unit: 'văn bản', name: 'Số văn bản đi',
    synonyms: ['tổng số văn bản đi', 'văn bản đi', 'văn bản phát hành'] },
  { key: 'canbo.computer_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ cán bộ, công chức được trang bị máy tính',
    synonyms: ['cán bộ công chức được trang bị máy tính', 'cbcc có máy tính phục vụ công việc', 'tổng số cán bộ công chức viên chức được trang bị máy tính'] },
  { key: 'canbo.email_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ cán bộ, công chức được cấp thư điện tử công vụ',
    synonyms: ['cán bộ công chức được cấp và sử dụng thư điện tử công vụ', 'tài khoản thư điện tử công vụ', 'sử dụng thư điện tử công vụ', 'tỷ lệ hộp thư điện tử thường xuyên sử dụng trong công việc'] },
  { key: 'canbo.signature_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ cán bộ, công chức được cấp chữ ký số',
    synonyms: ['tỷ lệ cán bộ công chức viên chức được cấp chữ ký số', 'cán bộ công chức được cấp chữ ký số', 'chữ ký số cá nhân cho cán bộ'] },
  { key: 'canbo.leader_signature_rate', group: 'chinh-quyen-so', unit: 'percent', name: 'Tỷ lệ lãnh đạo sử dụng chữ ký số',
    synonyms: ['tỷ lệ lãnh đạo đơn vị sử dụng chữ ký số trong giải quyết công việc', 'lãnh đạo sử dụng chữ ký số'] },
  { key: 'chukyso.issued', group: 'chinh-quyen-so', unit: 'chữ ký số', name: 'Số chữ ký số được cấp',
    synonyms: ['tổng chữ ký số được cấp', 'cấp mới chữ ký số', 'chứng thư số được cấp'] },
  { key: 'canbo.digital_skills_trained', group: 'chinh-quyen-so', unit: 'người', name: 'Số cán bộ được tập huấn kỹ năng số',
    synonyms: ['cán bộ công chức được đào tạo tập huấn kỹ năng số', 'cbcc hoàn thành khóa học chuyển đổi số', 'tập huấn chuyển đổi số cho cán bộ'] },
  // Xã hội số
  { key: 'dan.vneid_level2', group: 'xa-hoi-so', unit: 'tài khoản', name: 'Tài khoản định danh điện tử mức 2',
    synonyms: ['tài khoản định danh điện tử mức độ 2', 'kích hoạt định danh điện tử vneid mức 2', 'định danh điện tử mức 2', 'tài khoản vneid'] },
  { key: 'dan.smartphone_rate', group: 'xa-hoi-so', unit: 'percent', name: 'Tỷ lệ dân số trưởng thành có điện thoại thông minh',
    synonyms: ['tỷ lệ người trưởng thành sử dụng điện thoại thông minh', 'dân số trưởng thành có điện thoại thông minh', 'người dân có smartphone', 'tỷ lệ người dân trong độ tuổi lao động có điện thoại thông minh'] },
  { key: 'dan.smartphone_household_rate', group: 'xa-hoi-so', unit: 'percent', name: 'Tỷ lệ hộ gia đình có điện thoại thông minh',
    synonyms: ['tỷ lệ hộ gia đình có người có điện thoại thông minh', 'hộ gia đình có thành viên sử dụng điện thoại thông minh'] },
  { key: 'dan.internet_household_rate', group: 'xa-hoi-so', unit: 'percent', name: 'Tỷ lệ hộ gia đình sử dụng Internet',
    synonyms: ['tỷ lệ hộ dân được tiếp cận và sử dụng internet', 'hộ gia đình có kết nối internet', 'hộ dân sử dụng internet'] },
  { key: 'dan.bank_account_rate', group: 'xa-hoi-so', unit: 'percent', name: 'Tỷ lệ người từ 15 tuổi trở lên có tài khoản ngân hàng',
    synonyms: ['tỷ lệ người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng', 'dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng', 'tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác'] },
  { key: 'dan.health_record_rate', group: 'xa-hoi-so', unit: 'percent', name: 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử',
    synonyms: ['người dân có hồ sơ sức khỏe điện tử', 'sổ sức khỏe điện tử', 'hồ sơ sức khỏe điện tử'] },
  { key: 'dan.digital_skills_trained', group: 'xa-hoi-so', unit: 'người', name: 'Số người dân được hướng dẫn kỹ năng số',
    synonyms: ['số người dân được hướng dẫn kỹ năng số cơ bản', 'số hộ dân được tập huấn kỹ năng số', 'phổ cập kỹ năng số cho người dân', 'người dân được thông tin tuyên truyền về chuyển đổi số'] },
  { key: 'dan.online_service_users_rate', group: 'xa-hoi-so', unit: 'percent', name: 'Tỷ lệ người dân sử dụng dịch vụ công trực tuyến',
    synonyms: ['người dân sử dụng dịch vụ công trực tuyến', 'tỷ lệ người dân có tài khoản trên cổng dịch vụ công'] },
  { key: 'cong_dong.digital_teams', group: 'xa-hoi-so', unit: 'tổ', name: 'Tổ công nghệ số cộng đồng',
    synonyms: ['số tổ công nghệ số cộng đồng', 'tổ công nghệ số cộng đồng được thành lập', 'thành viên tổ công nghệ số cộng đồng', 'hoạt động của tổ công nghệ số cộng đồng'] },
  { key: 'giao_duc.digital_records', group: 'xa-hoi-so', unit: 'trường', name: 'Trường triển khai học bạ số',
    synonyms: ['trường học triển khai học bạ điện tử', 'học bạ số', 'trường triển khai sổ điểm điện tử'] },
  // Kinh tế số
  { key: 'kt.cashless_rate', group: 'kinh-te-so', unit: 'percent', name: 'Tỷ lệ giao dịch thanh toán không dùng tiền mặt',
    synonyms: ['tỷ lệ giao dịch thanh toán không dùng tiền mặt tại chợ', 'thanh toán không dùng tiền mặt', 'tỷ lệ thanh toán không dùng tiền mặt phí lệ phí'] },
  { key: 'kt.market_qr_rate', group: 'kinh-te-so', unit: 'percent', name: 'Tỷ lệ tiểu thương có mã QR thanh toán',
    synonyms: ['tỷ lệ các tiểu thương hộ kinh doanh tại các chợ có mã qr', 'hộ kinh doanh có mã qr để thanh toán không dùng tiền mặt', 'cửa hàng tạo mã qr thanh toán', 'tỷ lệ các cửa hàng tiện ích thực hiện thanh toán không dùng tiền mặt'] },
  { key: 'kt.digital_market', group: 'kinh-te-so', unit: 'percent', name: 'Triển khai chợ 4.0',
    synonyms: ['triển khai chợ 4.0 cho các chợ truyền thống', 'chợ 4.0', 'chợ thanh toán không dùng tiền mặt'] },
  { key: 'kt.ecommerce_products', group: 'kinh-te-so', unit: 'sản phẩm', name: 'Sản phẩm đưa lên sàn thương mại điện tử',
    synonyms: ['sản phẩm ocop đưa lên sàn thương mại điện tử', 'sản phẩm được quảng bá trên sàn thương mại điện tử', 'hộ sản xuất kinh doanh tham gia sàn thương mại điện tử'] },
  { key: 'kt.business_etax_rate', group: 'kinh-te-so', unit: 'percent', name: 'Tỷ lệ doanh nghiệp nộp thuế điện tử',
    synonyms: ['doanh nghiệp nộp thuế điện tử', 'doanh nghiệp kê khai nộp thuế qua mạng', 'hóa đơn điện tử doanh nghiệp'] },
  { key: 'kt.market_cashless_fees', group: 'kinh-te-so', unit: 'percent', name: 'Thu phí dịch vụ chợ và chi trả lương không dùng tiền mặt',
    synonyms: ['thực hiện thu các khoản thu dịch vụ của chợ và chi trả lương bằng hình thức không dùng tiền mặt', 'thu phí chợ không dùng tiền mặt'] },
  { key: 'kt.digital_address_rate', group: 'kinh-te-so', unit: 'percent', name: 'Tỷ lệ địa chỉ số được gán mã',
    synonyms: ['tỷ lệ địa chỉ số có đầy đủ các trường thông tin được gán mã', 'mã địa chỉ bưu chính vpostcode', 'địa chỉ số'] },
  // Hạ tầng số
  { key: 'ht.fibre_households_rate', group: 'ha-tang-so', unit: 'percent', name: 'Tỷ lệ hộ gia đình có Internet cáp quang',
    synonyms: ['hộ gia đình có đường internet cáp quang băng rộng', 'hộ gia đình có kết nối internet cáp quang', 'tỷ lệ hộ gia đình sử dụng internet cáp quang'] },
  { key: 'ht.mobile_broadband_per100', group: 'ha-tang-so', unit: 'percent', name: 'Thuê bao băng rộng di động trên 100 dân',
    synonyms: ['tỷ lệ thuê bao băng rộng di động/100 dân', 'thuê bao băng rộng di động', 'mạng di động 4g 5g phủ sóng'] },
  { key: 'ht.residential_broadband_rate', group: 'ha-tang-so', unit: 'percent', name: 'Tỷ lệ khu dân cư có kết nối Internet băng rộng cố định',
    synonyms: ['khu dân cư tập trung có kết nối internet băng rộng cố định', 'thôn bản khu phố có internet băng rộng', 'cáp quang đến thôn khu phố'] },
  { key: 'ht.mobile_broadband_village_rate', group: 'ha-tang-so', unit: 'percent', name: 'Tỷ lệ thôn, tổ dân phố được phủ sóng di động băng rộng',
    synonyms: ['tỷ lệ thôn tổ dân phố được phủ di động băng rộng', 'tỷ lệ phủ sóng di động', 'thôn bản được phủ sóng 4g'] },
  { key: 'ht.govnet_connected_rate', group: 'ha-tang-so', unit: 'percent', name: 'Tỷ lệ UBND cấp xã kết nối mạng truyền số liệu chuyên dùng',
    synonyms: ['ubnd cấp xã kết nối mạng truyền số liệu chuyên dùng', 'kết nối mạng truyền số liệu chuyên dùng của cơ quan đảng nhà nước', 'sử dụng mạng truyền số liệu chuyên dùng'] },
  { key: 'ht.bts_stations', group: 'ha-tang-so', unit: 'trạm', name: 'Số trạm phát sóng di động (BTS)',
    synonyms: ['trạm bts', 'trạm phát sóng', 'trạm thu phát sóng di động'] },
  { key: 'ht.computers', group: 'ha-tang-so', unit: 'máy tính', name: 'Số máy tính của cơ quan',
    synonyms: ['tổng số máy tính của cơ quan đơn vị', 'máy vi tính để bàn', 'máy tính phục vụ công việc', 'tổng số máy tính kết nối internet'] },
  { key: 'ht.cameras', group: 'ha-tang-so', unit: 'camera', name: 'Camera an ninh được kết nối',
    synonyms: ['hệ thống camera an ninh', 'điểm camera', 'camera nhân dân với an ninh trật tự', 'camera giám sát'] },
  { key: 'ht.public_wifi', group: 'ha-tang-so', unit: 'điểm', name: 'Điểm phát wifi công cộng',
    synonyms: ['điểm phát wifi công cộng miễn phí', 'điểm wifi công cộng', 'hệ thống wifi phục vụ người dân'] },
  // Truyền thông
  { key: 'tt.web_articles', group: 'truyen-thong', unit: 'tin bài', name: 'Số tin bài về chuyển đổi số trên trang thông tin điện tử',
    synonyms: ['số lượng tin bài về chuyển đổi số trên cổng thông tin điện tử', 'tin bài văn bản về chuyển đổi số đăng trên trang thông tin điện tử', 'tin bài trên trang thông tin điện tử'] },
  { key: 'tt.radio_broadcasts', group: 'truyen-thong', unit: 'tin bài', name: 'Số lượt phát sóng về chuyển đổi số trên đài truyền thanh',
    synonyms: ['số lượng phát sóng trên hệ thống truyền thanh cơ sở về chuyển đổi số', 'bài tuyên truyền trên hệ thống truyền thanh', 'tin bài phát trên đài truyền thanh'] },
  { key: 'tt.conferences', group: 'truyen-thong', unit: 'hội nghị', name: 'Số hội nghị, tập huấn về chuyển đổi số',
    synonyms: ['số hội nghị hội thảo tập huấn về chuyển đổi số', 'hội nghị triển khai tập huấn chuyển đổi số', 'lớp tập huấn chuyển đổi số'] },
];
