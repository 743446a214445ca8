-- A certified attendance sheet never changes: its counts are kept on it when it is certified, so the
-- quality dashboard and the BPF figures sum one row per session instead of every learner's entry.
ALTER TABLE attendance_sheet ADD COLUMN recorded_count INTEGER;
ALTER TABLE attendance_sheet ADD COLUMN present_count INTEGER;

UPDATE attendance_sheet SET
  recorded_count = (SELECT COUNT(*) FROM attendance_entry e
                    WHERE e.sheet_id = attendance_sheet.id AND e.status IS NOT NULL),
  present_count = (SELECT COUNT(*) FROM attendance_entry e
                   WHERE e.sheet_id = attendance_sheet.id AND e.status = 'PRESENT')
WHERE certified_at IS NOT NULL;
