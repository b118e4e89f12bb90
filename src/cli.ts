/**
 * Command line: argument parsing, help and exit codes only; the work is in pipelines/.
 * Exit codes (ESLint's): 0 no error findings, 1 error findings, 2 a file failed or the command was wrong.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { audit, auditExitCode } from '../pipelines/audit.js';
import { load } from '../pipelines/load.js';
import { renderJson } from './report/json.js';
import { progressBar } from './report/progress.js';
import { renderText } from './report/text.js';
import { renderLoadSummary } from './report/summary.js';
import { auditJsonSchema } from './report/schema.js';
import { DEFAULT_DB, openStore } from './store/open.js';
import { RULES } from './rules/index.js';

class UsageError extends Error {}

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  help: string;
  examples: string[];
  run(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  audit: {
    summary: 'Kiểm tra báo cáo, in các lỗi tìm thấy (không ghi cơ sở dữ liệu)',
    usage: 'baocao audit [--format text|json] [--out FILE] [--quiet] [--rule ID]... <tệp-hoặc-thư-mục>...',
    options: {
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      rule: { type: 'string', multiple: true },
    },
    help: [
      '  --format text|json  text: nhóm theo tệp như ESLint (mặc định); json: một đối tượng JSON trên stdout',
      '  --out FILE          ghi kết quả vào FILE thay vì stdout',
      '  --quiet             chỉ in lỗi (error), bỏ cảnh báo và ghi chú',
      '  --rule ID           chỉ chạy quy tắc ID (lặp lại được); "-ID" để bỏ quy tắc ID',
    ].join('\n'),
    examples: ['baocao audit fixtures/', 'baocao audit --format json bao-cao.docx > ket-qua.json', 'baocao audit --rule percent-mismatch --quiet reports/'],
    async run(values, positionals) {
      const format = values.format as string;
      if (format !== 'text' && format !== 'json') throw new UsageError(`--format phải là text hoặc json, không phải "${format}"`);
      const rules = ruleOptions(values.rule as string[] | undefined);
      const bar = progressBar();
      const documents = await audit(needInputs(positionals), { rules, progress: bar?.update });
      bar?.end();
      const out = format === 'json' ? renderJson(documents) : renderText(documents, { color: useColor(values.out as string | undefined), quiet: values.quiet as boolean });
      emit(out, values.out as string | undefined);
      return auditExitCode(documents);
    },
  },
  ingest: {
    summary: 'Đọc, phân tích và nạp báo cáo vào cơ sở dữ liệu SQLite',
    usage: 'baocao ingest [--db FILE] [--summary] <tệp-hoặc-thư-mục>...',
    options: { db: { type: 'string', default: DEFAULT_DB }, summary: { type: 'boolean', default: false } },
    help: [
      `  --db FILE    cơ sở dữ liệu SQLite (mặc định ${DEFAULT_DB}); tạo mới nếu chưa có`,
      '  --summary    in bảng tóm tắt từng tệp (mục, số liệu, phát hiện)',
    ].join('\n'),
    examples: ['baocao ingest fixtures/', 'baocao ingest --db kho.sqlite --summary /luu-tru/2023/'],
    async run(values, positionals) {
      const db = openStore(values.db as string);
      try {
        const bar = progressBar();
        const results = await load(db, needInputs(positionals), { progress: bar?.update });
        bar?.end();
        process.stdout.write(renderLoadSummary(results, values.db as string, { table: values.summary as boolean }));
        return results.some((r) => r.status === 'failed') ? 2 : 0;
      } finally {
        db.close();
      }
    },
  },
  schema: {
    summary: 'In JSON Schema của kết quả `audit --format json`',
    usage: 'baocao schema',
    options: {},
    help: '',
    examples: ['baocao schema > audit.schema.json'],
    async run() {
      process.stdout.write(JSON.stringify(auditJsonSchema(), null, 2) + '\n');
      return 0;
    },
  },
  rules: {
    summary: 'Liệt kê các quy tắc kiểm tra',
    usage: 'baocao rules',
    options: {},
    help: '',
    examples: ['baocao rules'],
    async run() {
      for (const r of RULES) process.stdout.write(`${r.id.padEnd(26)} ${r.severity.padEnd(8)} ${r.description}\n`);
      return 0;
    },
  },
};

function ruleOptions(specs: string[] | undefined) {
  if (!specs?.length) return {};
  const known = new Set(RULES.map((r) => r.id));
  const only: string[] = [];
  const severity: Record<string, 'off'> = {};
  for (const spec of specs.flatMap((s) => s.split(','))) {
    const id = spec.replace(/^-/, '');
    if (!known.has(id)) throw new UsageError(`không có quy tắc "${id}" (xem: baocao rules)`);
    if (spec.startsWith('-')) severity[id] = 'off';
    else only.push(id);
  }
  return { only, severity };
}

function needInputs(positionals: string[]): string[] {
  if (!positionals.length) throw new UsageError('thiếu tệp hoặc thư mục cần đọc');
  return positionals;
}

function useColor(out: string | undefined): boolean {
  return !out && Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env);
}

function emit(text: string, out: string | undefined): void {
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

function mainHelp(): string {
  const lines = ['baocao — đọc, kiểm tra và nạp báo cáo của xã, phường, huyện (txt, docx, pdf)', '', 'Cách dùng: baocao <lệnh> [tuỳ chọn] <tệp-hoặc-thư-mục>...', '', 'Lệnh:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(8)} ${c.summary}`);
  lines.push('', 'Xem tuỳ chọn của một lệnh: baocao <lệnh> --help', 'Mã thoát: 0 không có lỗi; 1 có lỗi trong báo cáo; 2 tệp không đọc được hoặc lệnh sai.');
  return lines.join('\n') + '\n';
}

function commandHelp(name: string, c: Command): string {
  return [`baocao ${name} — ${c.summary}`, '', `Cách dùng: ${c.usage}`, '', c.help ? `Tuỳ chọn:\n${c.help}\n` : '', 'Ví dụ:', ...c.examples.map((e) => `  ${e}`), ''].join('\n');
}

/** Run the CLI with these arguments; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('baocao 0.1.0\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`baocao: lệnh không có: "${name}" (xem: baocao --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(commandHelp(name, command));
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return await command.run(values, positionals);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`baocao ${name}: ${(e as Error).message} (xem: baocao ${name} --help)\n`);
      return 2;
    }
    throw e;
  }
}
