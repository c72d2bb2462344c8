import type { Status, Task } from '../schema/index.ts';

/**
 * Where the government's own status word and the program's reading of the completion text
 * disagree (issue 12 point 4). Both are shown; this only decides when the page must say so.
 * The costly error is a false 已完成, so every case where one side says done and the other does
 * not is a disagreement: the government says 已完成/办结 while we read 推进中/未达目标/待核实, or we
 * read 已完成 while the government says 序时推进/基本完成/滞后/未启动. A word we cannot place
 * (`unknown`) never disagrees.
 */
export function officialDisagrees(task: Pick<Task, 'official' | 'status'>): boolean {
  const reading = task.official?.status?.reading;
  if (reading === undefined || reading === 'unknown') return false;
  const ours: Status = task.status.value;
  if (reading === 'done') return ours !== 'completed';
  return ours === 'completed';
}
