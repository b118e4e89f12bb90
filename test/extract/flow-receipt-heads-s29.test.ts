import { describe, expect, it } from 'vitest';
import { distinctReadings, flowOf } from '../../src/extract/quantities.js';

describe('"thu" is money the unit collects only as a word of its own (session 29)', () => {
  it('reads budget and fee collection as an inflow', () => {
    expect(flowOf('thu ngân sách trên địa bàn đạt')).toBe('in');
    expect(flowOf('tổng thu phí chợ')).toBe('in');
    expect(flowOf('đã truy thu thuế')).toBe('in');
    expect(flowOf('quỹ khuyến học đã thu được')).toBe('in');
  });

  it('reads no flow of the unit in revenue, acceptance of works, ideas taken on, a bumper crop or the autumn crop', () => {
    expect(flowOf('doanh thu các cơ sở lưu trú ước đạt')).toBeNull();
    expect(flowOf('tổng doanh thu dịch vụ ăn uống')).toBeNull();
    expect(flowOf('đã nghiệm thu được')).toBeNull();
    expect(flowOf('tiếp thu')).toBeNull();
    expect(flowOf('sắn bội thu, năng suất')).toBeNull();
    expect(flowOf('diện tích ngô vụ hè thu')).toBeNull();
    expect(flowOf('thất thu')).toBeNull();
  });

  it('so a revenue and money spent are no longer two standings of a flow', () => {
    expect(distinctReadings({ flow: flowOf('doanh thu của hợp tác xã'), branches: [] }, { flow: flowOf('đã chi'), branches: [] })).toBe(false);
    expect(distinctReadings({ flow: flowOf('thu quỹ'), branches: [] }, { flow: flowOf('đã chi'), branches: [] })).toBe(true);
  });
});
