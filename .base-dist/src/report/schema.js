import { z } from 'zod';
import { AuditOut } from '../model/index.js';
/** JSON Schema of `audit --format json`, generated from the zod model. */
export function auditJsonSchema() {
    return z.toJSONSchema(AuditOut, { target: 'draft-2020-12' });
}
//# sourceMappingURL=schema.js.map