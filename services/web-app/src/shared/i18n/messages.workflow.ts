/**
 * The texts of the approval chain and amendments (ADR 0018): plan status with the chain, amending a
 * plan, locked rows, deadlines, the review queue's "Chờ tôi quyết định" and the department's setting
 * of the chain. Merged into `vi` and `en` of messages.ts like messages.school.ts.
 */
export const workflowVi = {
  'menu.approvalChain': 'Quy trình phê duyệt',

  'workflow.status.amending': 'Đã phê duyệt · đang điều chỉnh',
  'workflow.status.amendment': 'Bản điều chỉnh: {status}',
  'workflow.status.awaiting': 'Chờ {name} (cấp {k}/{n})',
  'workflow.status.myTurn': 'Đến lượt tôi',

  'workflow.amend': 'Điều chỉnh kế hoạch',
  'workflow.amend.title': 'Điều chỉnh kế hoạch đã phê duyệt',
  'workflow.amend.explain':
    'Kế hoạch trở thành bản điều chỉnh (bản nháp) để sửa rồi gửi thẩm định lại như một phiên bản mới. Bản đã phê duyệt (phiên bản {version}) vẫn có hiệu lực cho việc theo dõi và báo cáo cho đến khi bản điều chỉnh được phê duyệt.',
  'workflow.amend.reason': 'Lý do điều chỉnh (không bắt buộc)',
  'workflow.amend.start': 'Bắt đầu điều chỉnh',
  'workflow.amend.started': 'Đã mở bản điều chỉnh kế hoạch.',
  'workflow.amending.banner':
    'Đang điều chỉnh — bản đã phê duyệt (phiên bản {version}) vẫn có hiệu lực cho đến khi bản điều chỉnh được phê duyệt',
  'workflow.amending.editable': 'Sửa bản điều chỉnh rồi nộp để thẩm định; hoặc hủy điều chỉnh để trở lại bản đã phê duyệt.',
  'workflow.amending.submitted': 'Bản điều chỉnh đang chờ thẩm định. Muốn hủy điều chỉnh thì rút bản điều chỉnh về trước.',
  'workflow.discard': 'Hủy điều chỉnh',
  'workflow.discard.confirm':
    'Hủy bản điều chỉnh? Các thay đổi chưa được phê duyệt sẽ mất; kế hoạch trở lại đúng bản đã phê duyệt (phiên bản {version}).',
  'workflow.discard.keep': 'Tiếp tục điều chỉnh',
  'workflow.discarded': 'Đã hủy điều chỉnh: kế hoạch trở lại bản đã phê duyệt.',

  'workflow.row.accepted': 'Đã được chấp nhận · khóa',
  'workflow.row.acceptedHint':
    'Cán bộ thẩm định đã chấp nhận dòng này khi trả lại các dòng khác: không sửa hay xóa được nữa.',

  'workflow.deadline': 'Hạn nộp: {date}',
  'workflow.lateSubmission': 'Nộp muộn',
  'workflow.reviewDue': 'Hạn thẩm định: {date}',
  'workflow.reviewOverdue': 'Quá hạn thẩm định',

  'workflow.chain.label': 'Tiến trình phê duyệt',
  'workflow.chain.approved': 'Đã phê duyệt',
  'workflow.chain.waiting': 'Đang chờ',
  'workflow.chain.later': 'Chưa đến lượt',
  'workflow.turn.notMine':
    'Chưa đến lượt bạn quyết định: kế hoạch đang chờ {name} (cấp {k}/{n}). Phê duyệt và trả lại chỉ dành cho cấp đang được chờ.',

  'workflow.queue.view': 'Hiển thị',
  'workflow.queue.all': 'Tất cả',
  'workflow.queue.mine': 'Chờ tôi quyết định',
  'workflow.queue.mineEmpty': 'Không có kế hoạch nào đang chờ bạn quyết định.',

  'chain.title': 'Quy trình phê duyệt kế hoạch',
  'chain.intro':
    'Chọn các cấp phía trên trường được phê duyệt kế hoạch. Các cấp quyết định lần lượt, từ cấp gần trường nhất: cấp trên chỉ quyết định sau khi cấp dưới đã phê duyệt; cấp nào trả lại thì kế hoạch về trường và lần nộp sau bắt đầu lại từ cấp đầu tiên.',
  'chain.levels': 'Các cấp phê duyệt (từ gần trường nhất)',
  'chain.kind.CLUSTER': 'Cụm trường',
  'chain.kind.COMMUNE_OFFICE': 'Phòng VH-XH xã',
  'chain.kind.DISTRICT_OFFICE': 'Phòng GD&ĐT',
  'chain.kind.DEPARTMENT': 'Sở GD&ĐT',
  'chain.levelNo': 'Cấp {n}',
  'chain.preview': 'Xem trước',
  'chain.preview.none': 'Kế hoạch của trường do một cấp duyệt: bất kỳ cán bộ thẩm định nào có phạm vi chứa trường.',
  'chain.preview.one': 'Kế hoạch của trường do {first} duyệt.',
  'chain.preview.many': 'Kế hoạch của trường do {first} duyệt trước, sau đó {rest}.',
  'chain.preview.then': ', sau đó ',
  'chain.note':
    'Trường không có đơn vị nào thuộc các cấp đã chọn ở phía trên thì do một cấp duyệt (bất kỳ cán bộ thẩm định nào có phạm vi chứa trường). Thay đổi áp dụng cho các lần nộp từ nay; kế hoạch đang chờ duyệt giữ quy trình lúc nộp.',
  'chain.save': 'Lưu quy trình',
  'chain.saved': 'Đã lưu quy trình phê duyệt.',
  'chain.updated': 'Cập nhật lần cuối: {by}, {at}.',
  'chain.default': 'Chưa đặt quy trình: một cấp duyệt (mặc định).',
};

export const workflowEn: Record<keyof typeof workflowVi, string> = {
  'menu.approvalChain': 'Approval chain',

  'workflow.status.amending': 'Approved · being amended',
  'workflow.status.amendment': 'Amendment: {status}',
  'workflow.status.awaiting': 'Awaiting {name} (level {k}/{n})',
  'workflow.status.myTurn': 'My turn',

  'workflow.amend': 'Amend the plan',
  'workflow.amend.title': 'Amend the approved plan',
  'workflow.amend.explain':
    'The plan becomes an amendment (a draft) to change and submit again as a new version. The approved version (version {version}) stays in force for tracking and reports until the amendment is approved.',
  'workflow.amend.reason': 'Reason for the amendment (optional)',
  'workflow.amend.start': 'Start the amendment',
  'workflow.amend.started': 'The amendment of the plan is open.',
  'workflow.amending.banner':
    'Being amended — the approved version (version {version}) stays in force until the amendment is approved',
  'workflow.amending.editable': 'Change the amendment and submit it for review; or discard it to go back to the approved version.',
  'workflow.amending.submitted': 'The amendment awaits review. To discard it, withdraw it first.',
  'workflow.discard': 'Discard the amendment',
  'workflow.discard.confirm':
    'Discard the amendment? The changes not approved are lost; the plan goes back to the approved version (version {version}).',
  'workflow.discard.keep': 'Keep amending',
  'workflow.discarded': 'Amendment discarded: the plan is back to the approved version.',

  'workflow.row.accepted': 'Accepted · locked',
  'workflow.row.acceptedHint':
    'The reviewer accepted this row when returning others: it can no longer be changed or deleted.',

  'workflow.deadline': 'Deadline: {date}',
  'workflow.lateSubmission': 'Late',
  'workflow.reviewDue': 'Review due: {date}',
  'workflow.reviewOverdue': 'Review overdue',

  'workflow.chain.label': 'Approval progress',
  'workflow.chain.approved': 'Approved',
  'workflow.chain.waiting': 'Waiting',
  'workflow.chain.later': 'Not yet',
  'workflow.turn.notMine':
    'Not your turn to decide: the plan awaits {name} (level {k}/{n}). Only the level awaited approves or returns.',

  'workflow.queue.view': 'Show',
  'workflow.queue.all': 'All',
  'workflow.queue.mine': 'Awaiting my decision',
  'workflow.queue.mineEmpty': 'No plan awaits your decision.',

  'chain.title': 'Plan approval chain',
  'chain.intro':
    'Choose the levels above a school that approve its plan. They decide in turn, nearest the school first: a level decides only after the one below approved; a return at any level sends the plan back to the school, and the next submission starts again at the first level.',
  'chain.levels': 'Approval levels (nearest the school first)',
  'chain.kind.CLUSTER': 'School cluster',
  'chain.kind.COMMUNE_OFFICE': 'Commune culture and social affairs office',
  'chain.kind.DISTRICT_OFFICE': 'District education office',
  'chain.kind.DEPARTMENT': 'Provincial department of education',
  'chain.levelNo': 'Level {n}',
  'chain.preview': 'Preview',
  'chain.preview.none': "A school's plan is approved at one level: any reviewer whose scope contains the school.",
  'chain.preview.one': "A school's plan is approved by {first}.",
  'chain.preview.many': "A school's plan is approved first by {first}, then by {rest}.",
  'chain.preview.then': ', then by ',
  'chain.note':
    'A school with no unit of the chosen levels above it is approved at one level (any reviewer whose scope contains it). Changes apply to submissions from now on; plans awaiting review keep the chain they were submitted with.',
  'chain.save': 'Save the chain',
  'chain.saved': 'Approval chain saved.',
  'chain.updated': 'Last changed by {by}, {at}.',
  'chain.default': 'No chain set: one level approves (the default).',
};
