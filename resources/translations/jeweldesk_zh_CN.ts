<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Save the document</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Prefers {channel}{hours}</source>
        <translation>偏好{channel}{hours}</translation>
    </message>
    <message numerus="yes">
        <source>%n sensitive note(s) not shown</source>
        <translation>
            <numerusform>%n 条敏感备注未显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> + %n more stone(s)</source>
        <translation>
            <numerusform> + 另 %n 颗宝石</numerusform>
        </translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>及另外 {count} 项</translation>
    </message>
    <message>
        <source>and {count} earlier</source>
        <translation>及更早的 {count} 项</translation>
    </message>
    <message>
        <source>Allergy: {items}</source>
        <translation>过敏：{items}</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Cancel {what}?
Reason (optional):</source>
        <translation>取消{what}？
原因（选填）：</translation>
    </message>
    <message>
        <source>VIC</source>
        <translation>VIC 贵宾</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心客户</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>结婚纪念日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>人生大事</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>伴侣</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Gift recipient</source>
        <translation>送礼对象</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Stone</source>
        <translation>宝石</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>切工</translation>
    </message>
    <message>
        <source>Stone colour</source>
        <translation>宝石颜色</translation>
    </message>
    <message>
        <source>Carat budget</source>
        <translation>克拉预算</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Refreshment</source>
        <translation>茶点</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Loves</source>
        <translation>钟爱</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>避免</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左手</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右手</translation>
    </message>
    <message>
        <source>thumb</source>
        <translation>拇指</translation>
    </message>
    <message>
        <source>index</source>
        <translation>食指</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>中指</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>无名指</translation>
    </message>
    <message>
        <source>little</source>
        <translation>小指</translation>
    </message>
    <message>
        <source>CN/HK</source>
        <translation>国标/港码</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美码</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>英码</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>欧码</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Wrist</source>
        <translation>手腕</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>颈围</translation>
    </message>
    <message>
        <source>Ankle</source>
        <translation>脚踝</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>E-mail message</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>改圈</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清洁</translation>
    </message>
    <message>
        <source>Engraving</source>
        <translation>刻字</translation>
    </message>
    <message>
        <source>Restringing</source>
        <translation>重新穿线</translation>
    </message>
    <message>
        <source>Re-plating</source>
        <translation>重新电镀</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>工坊处理中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可取件</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已取件</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>A service-recovery case&apos;s state: still being handled (not &quot;open a file&quot;).</extracomment>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Service messages</source>
        <translation>服务消息</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销推广</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <source>Cross-border transfer</source>
        <translation>跨境传输</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>估价书</translation>
    </message>
    <message>
        <source>Care guide</source>
        <translation>保养指南</translation>
    </message>
    <message>
        <source>Warranty card</source>
        <translation>保修卡</translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation>维修收据</translation>
    </message>
    <message>
        <source>Collection slip</source>
        <translation>取件单</translation>
    </message>
    <message>
        <source>Appointment brief</source>
        <translation>预约简报</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>天然</translation>
    </message>
    <message>
        <source>Laboratory-grown</source>
        <translation>实验室培育</translation>
    </message>
    <message>
        <source>Simulant</source>
        <translation>仿制品</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>升职</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>搬迁</translation>
    </message>
    <message>
        <source>Marriage</source>
        <translation>结婚</translation>
    </message>
    <message>
        <source>Child&apos;s graduation</source>
        <translation>子女毕业</translation>
    </message>
    <message>
        <source>Inheritance</source>
        <translation>继承</translation>
    </message>
    <message>
        <source>Business success</source>
        <translation>事业有成</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>添丁</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>本名（原文）</translation>
    </message>
    <message>
        <source>Romanised name</source>
        <translation>拼音/罗马字姓名</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>偏好渠道</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>联系时段</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>所属门店</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>About</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>喜好程度</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Sizing system</source>
        <translation>尺码标准</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Second advisor</source>
        <translation>第二顾问</translation>
    </message>
    <message>
        <source>Room or salon</source>
        <translation>房间或贵宾厅</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>结果备注</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Date of purchase</source>
        <translation>购买时间</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据编号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>In the book since</source>
        <translation>加入客户簿日期</translation>
    </message>
    <message>
        <source>Left the book</source>
        <translation>移出客户簿时间</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>发展计划</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>交接备注</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Benefit used</source>
        <translation>礼遇使用记录</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>礼遇</translation>
    </message>
    <message>
        <source>Client book entry</source>
        <translation>客户簿条目</translation>
    </message>
    <message>
        <source>Catalogue piece</source>
        <translation>目录作品</translation>
    </message>
    <message>
        <source>Preparation item</source>
        <translation>准备事项</translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Important date</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>Clienteling settings</source>
        <translation>客户经营设置</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>建议待办</translation>
    </message>
    <message>
        <source>Piece in the jewellery box</source>
        <translation>珠宝盒中的作品</translation>
    </message>
    <message>
        <source>Pre-selected piece</source>
        <translation>预选作品</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>喜好</translation>
    </message>
    <message>
        <source>Purchase line</source>
        <translation>购买明细</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系人</translation>
    </message>
    <message>
        <source>Ring size</source>
        <translation>戒指尺寸</translation>
    </message>
    <message>
        <source>Service-recovery case</source>
        <translation>客诉处理</translation>
    </message>
    <message>
        <source>Service job</source>
        <translation>维修保养单</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Stock level</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Change to review</source>
        <translation>待审核的更改</translation>
    </message>
    <message>
        <source>Wishlist item</source>
        <translation>心愿单作品</translation>
    </message>
</context>
<context>
    <name>AdvisorBooksModel</name>
    <message>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>VIC</source>
        <translation>VIC 贵宾</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>{count} · under {minimum}</source>
        <translation>{count} · 少于 {minimum}</translation>
    </message>
    <message>
        <source>{count} · over {maximum}</source>
        <translation>{count} · 超过 {maximum}</translation>
    </message>
    <message>
        <source>A book keeps {minimum}–{maximum} priority clients</source>
        <translation>每本客户簿保持 {minimum}–{maximum} 位重点客户</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No appointments</source>
        <translation>没有预约</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>未指定房间</translation>
    </message>
</context>
<context>
    <name>AppointmentBlock</name>
    <message>
        <source>No client</source>
        <translation>未指定客户</translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation>重复预订</translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <source>New appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Search name, 拼音, phone…</source>
        <translation>搜索姓名、拼音、电话…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No client chosen</source>
        <translation>尚未选择客户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Second advisor</source>
        <translation>第二顾问</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>未指定房间</translation>
    </message>
    <message>
        <source>Room or salon</source>
        <translation>房间或贵宾厅</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Internal notes: never printed on the client&apos;s copy or exported</source>
        <translation>内部备注：不会打印在客户副本上，也不会导出</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This appointment is closed: it is kept as it was and can no longer be changed.</source>
        <translation>此预约已结束，将按原样保留，不能再修改。</translation>
    </message>
    <message>
        <source>Status and outcome</source>
        <translation>状态与结果</translation>
    </message>
    <message>
        <source>What was bought, added to the wishlist or agreed</source>
        <translation>购买了什么、加入了心愿单或约定了什么</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <source>Pre-selection from stock</source>
        <translation>从库存预选</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>全部系列</translation>
    </message>
    <message>
        <source>Stone</source>
        <translation>宝石</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <source>Max {currency}</source>
        <translation>最高 {currency}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>准备事项</translation>
    </message>
    <message>
        <source>Prepared from the client&apos;s preferences when you save: room, refreshments, sizes, language.</source>
        <translation>保存时根据客户喜好准备：房间、茶点、尺寸、语言。</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <source>Issue brief…</source>
        <translation>生成简报…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Reserved for this slot:</source>
        <translation>已为此时段保留：</translation>
    </message>
    <message>
        <source>To reserve when you save: {pieces}</source>
        <translation>保存后预留：{pieces}</translation>
    </message>
    <message>
        <source>To release when you save: {pieces}</source>
        <translation>保存后释放：{pieces}</translation>
    </message>
    <message>
        <source>No pieces reserved for this slot.</source>
        <translation>此时段未保留任何作品。</translation>
    </message>
    <message>
        <source>To reserve for the slot: {pieces}</source>
        <translation>将为此时段保留：{pieces}</translation>
    </message>
    <message>
        <source>Tick pieces to reserve them for the slot.</source>
        <translation>勾选作品即可为此时段保留。</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>未指定客户</translation>
    </message>
    <message>
        <source>Search to change the client…</source>
        <translation>搜索以更换客户…</translation>
    </message>
    <message>
        <source>Prepared from the client&apos;s preferences when the appointment was booked.</source>
        <translation>预约时已根据客户喜好准备。</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>预约已改期</translation>
    </message>
    <message>
        <source>Appointment saved</source>
        <translation>预约已保存</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>预约已确定</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>预约已取消</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>结果已记录</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>Appointment brief {number}</source>
        <translation>预约简报 {number}</translation>
    </message>
</context>
<context>
    <name>BooksScreen</name>
    <message>
        <source>Books</source>
        <translation>客户簿</translation>
    </message>
    <message>
        <source>Every advisor&apos;s book</source>
        <translation>所有顾问的客户簿</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Advisor to receive the clients</source>
        <translation>接手客户的顾问</translation>
    </message>
    <message>
        <source>Handover note: what the new advisor should know</source>
        <translation>交接备注：新顾问需要了解的事项</translation>
    </message>
    <message>
        <source>Move the chosen client</source>
        <translation>转移所选客户</translation>
    </message>
    <message>
        <source>Hand over the whole book</source>
        <translation>交接整本客户簿</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转给</translation>
    </message>
    <message>
        <source>Suggested to add</source>
        <translation>建议加入</translation>
    </message>
    <message>
        <source>No one to suggest: every client worth a book has an advisor.</source>
        <translation>暂无建议：所有值得维护的客户都已有顾问。</translation>
    </message>
    <message>
        <source>Add to this book</source>
        <translation>加入此客户簿</translation>
    </message>
    <message>
        <source>The books of every advisor are kept by store managers.
Your own book is on the Clients screen.</source>
        <translation>所有顾问的客户簿由门店经理管理。
您自己的客户簿在“客户”页面。</translation>
    </message>
    <message numerus="yes">
        <source>{store}  ·  %n book(s)</source>
        <translation>
            <numerusform>{store}  ·  %n 本客户簿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move all %n client(s) of {name} to {target}, with their plans and open tasks?</source>
        <translation>
            <numerusform>将{name}的全部 %n 位客户连同计划和待办事项转给{target}？</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}&apos;s clients</source>
        <translation>{name}的客户</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
</context>
<context>
    <name>BoxTab</name>
    <message>
        <source>Pieces owned</source>
        <translation>已拥有的作品</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>入手日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Stone</source>
        <translation>宝石</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Carat</source>
        <translation>克拉</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>净度</translation>
    </message>
    <message>
        <source>Cut / polish / symmetry</source>
        <translation>切工 / 抛光 / 对称</translation>
    </message>
    <message>
        <source>Fluorescence</source>
        <translation>荧光</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>优化处理</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>鉴定证书</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>腰码刻字</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <source>Stones of the chosen piece</source>
        <translation>所选作品的宝石</translation>
    </message>
    <message>
        <source>Document to issue</source>
        <translation>要出具的文件</translation>
    </message>
    <message>
        <source>Issue certificate / care guide…</source>
        <translation>出具证书 / 保养指南…</translation>
    </message>
    <message>
        <source>Remove piece</source>
        <translation>移除作品</translation>
    </message>
    <message>
        <source>Add to the box</source>
        <translation>加入珠宝盒</translation>
    </message>
    <message>
        <source>here</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>他处</translation>
    </message>
    <message>
        <source>Choose a piece to see its certificate data.</source>
        <translation>选择一件作品以查看其证书资料。</translation>
    </message>
    <message>
        <source>hallmark {mark}</source>
        <translation>印记 {mark}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>序列号 {serial}</translation>
    </message>
    <message>
        <source>Issue {document}…</source>
        <translation>出具{document}…</translation>
    </message>
    <message>
        <source>{document} {number} issued and saved</source>
        <translation>{document} {number} 已出具并保存</translation>
    </message>
    <message>
        <source>Piece added</source>
        <translation>作品已添加</translation>
    </message>
    <message>
        <source>Say which stone it is.</source>
        <translation>请说明是哪种宝石。</translation>
    </message>
    <message>
        <source>Stone added</source>
        <translation>宝石已添加</translation>
    </message>
    <message>
        <source>Remove “{piece}” from the jewellery box? This cannot be undone.</source>
        <translation>从珠宝盒中移除“{piece}”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Piece removed</source>
        <translation>作品已移除</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Private viewing</source>
        <translation>私人品鉴</translation>
    </message>
    <message>
        <source>Bridal consultation</source>
        <translation>婚戒咨询</translation>
    </message>
    <message>
        <source>Bespoke design session</source>
        <translation>定制设计</translation>
    </message>
    <message>
        <source>Launch preview</source>
        <translation>新品预览</translation>
    </message>
    <message>
        <source>Cleaning and inspection</source>
        <translation>清洁与检测</translation>
    </message>
    <message>
        <source>Repair drop-off or collection</source>
        <translation>维修送取</translation>
    </message>
    <message>
        <source>Virtual consultation</source>
        <translation>线上咨询</translation>
    </message>
    <message>
        <source>Workshop or masterclass</source>
        <translation>工作坊或大师课</translation>
    </message>
    <message>
        <source>In-store event</source>
        <translation>店内活动</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Client arrived</source>
        <translation>客户已到店</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Wishlist additions</source>
        <translation>加入心愿单</translation>
    </message>
    <message>
        <source>Next step agreed</source>
        <translation>已约定下一步</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>未购买</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>取消预约…</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>回到今天</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Advisors</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Rooms and salons</source>
        <translation>房间与贵宾厅</translation>
    </message>
    <message>
        <source>Whose week</source>
        <translation>查看谁的一周</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>Book an appointment ({shortcut})</source>
        <translation>新建预约（{shortcut}）</translation>
    </message>
    <message>
        <source>This device has no boutique yet</source>
        <translation>此设备尚未绑定门店</translation>
    </message>
    <message>
        <source>{store} · times in {zone}</source>
        <translation>{store} · 时间为 {zone} 时区</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>未指定房间</translation>
    </message>
    <message>
        <source>Virtual and counter</source>
        <translation>线上与柜台</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Moved to {when}</source>
        <translation>已改至 {when}</translation>
    </message>
    <message>
        <source>Appointment cancelled: the room, the time and the pieces are free again</source>
        <translation>预约已取消：房间、时段和作品均已释放</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Next appointment {date}</source>
        <translation>下次预约 {date}</translation>
    </message>
    <message>
        <source>Appt {date}</source>
        <translation>预约 {date}</translation>
    </message>
</context>
<context>
    <name>ClientProfilePane</name>
    <message>
        <source>Choose a client from your book, or search for anyone.</source>
        <translation>从您的客户簿中选择客户，或搜索任何人。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>喜好</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Dates &amp;&amp; people</source>
        <translation>日期与亲友</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Box</source>
        <extracomment>The tab of the pieces the client owns: their jewellery box (珠宝盒).</extracomment>
        <translation>珠宝盒</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The tab of after-sales service: service jobs and service-recovery cases.</extracomment>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>已撤销：{change}</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>备注已保存</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Note saved ({marks})</source>
        <translation>备注已保存（{marks}）</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changes to review</source>
        <translation>待审核的更改</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>没有需要审核的内容。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Kept at head office</source>
        <translation>总部保留的值</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>未采用的值</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>保留此值</translation>
    </message>
    <message>
        <source>Use this instead</source>
        <translation>改用此值</translation>
    </message>
    <message>
        <source>Refused by head office</source>
        <translation>被总部拒绝的更改</translation>
    </message>
    <message>
        <source>Head office did not accept these changes, so no other device has them. Each is kept on this device.</source>
        <translation>总部未接受以下更改，因此其他设备上没有这些更改。每项更改都保存在本设备。</translation>
    </message>
    <message>
        <source>Added on this device %1</source>
        <translation>%1 在本设备新增</translation>
    </message>
    <message>
        <source>Removed on this device %1</source>
        <translation>%1 在本设备删除</translation>
    </message>
    <message>
        <source>Changed on this device %1</source>
        <translation>%1 在本设备更改</translation>
    </message>
    <message>
        <source>Tried to set</source>
        <translation>尝试写入的值</translation>
    </message>
    <message>
        <source>Head office&apos;s reason</source>
        <translation>总部给出的原因</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>I have seen this</source>
        <translation>我已看过此项</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>从本设备移除</translation>
    </message>
    <message>
        <source>Head office does not have it: remove it here too, so this device agrees</source>
        <translation>总部没有这条记录：在本设备上也移除，使本设备与总部一致</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>a record not on this device</source>
        <translation>本设备上没有的记录</translation>
    </message>
    <message>
        <source>on this device</source>
        <translation>来自本设备</translation>
    </message>
    <message>
        <source>at head office</source>
        <translation>来自总部</translation>
    </message>
    <message>
        <source>on device %1</source>
        <translation>来自设备 %1</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Documents issued</source>
        <translation>已出具的文件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>The client may ask for everything held about them, or to be erased. Both are recorded in the audit log.</source>
        <translation>客户可要求取得我们保存的全部个人资料，或要求删除。两者均记入审计日志。</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>导出资料…</translation>
    </message>
    <message>
        <source>Erase client…</source>
        <translation>删除客户资料…</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>{decision} (superseded)</source>
        <translation>{decision}（已被取代）</translation>
    </message>
    <message>
        <source>Export the client&apos;s data</source>
        <translation>导出客户资料</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出至 {path}</translation>
    </message>
    <message>
        <source>Erase the client</source>
        <translation>删除客户资料</translation>
    </message>
    <message>
        <source>Erase {name} on this device, at head office and on every device that syncs?

Their name, contacts, preferences, sizes, notes, dates, people, wishlist and jewellery box are removed for good. Purchases, documents and appointments stay for the house&apos;s accounts, without personal details. This cannot be undone.

Reason (for example, the client&apos;s written request):</source>
        <translation>要在本设备、总部及所有同步设备上删除 {name} 的资料吗？

其姓名、联系方式、偏好、尺寸、备注、日期、相关人士、心愿单和珠宝盒将被永久删除。购买记录、文件和预约将为账目保留，但不含个人信息。此操作无法撤销。

原因（例如客户的书面请求）：</translation>
    </message>
    <message>
        <source>Client erased</source>
        <translation>客户资料已删除</translation>
    </message>
    <message>
        <source>Client erased.</source>
        <translation>客户资料已删除。</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Add a contact</source>
        <translation>添加联系方式</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系方式</translation>
    </message>
    <message>
        <source>number, address or handle</source>
        <translation>号码、地址或账号</translation>
    </message>
    <message>
        <source>e.g. mobile, assistant</source>
        <translation>例如：手机、助理</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Add an important date</source>
        <translation>添加重要日期</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>e.g. first visit to Paris</source>
        <translation>例如：第一次去巴黎</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> 天前</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Overdue · {date}</source>
        <translation>已逾期 · {date}</translation>
    </message>
</context>
<context>
    <name>DatesAndPeopleTab</name>
    <message>
        <source>Important dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Remove date</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source>Partner, family and gift recipients</source>
        <translation>伴侣、家人与送礼对象</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>移除此人</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>当天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ahead</source>
        <translation>
            <numerusform>提前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>日期已添加</translation>
    </message>
    <message>
        <source>Date removed</source>
        <translation>日期已删除</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>已添加此人</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>已移除此人</translation>
    </message>
</context>
<context>
    <name>DemoSeeding</name>
    <message>
        <source>The demo store cannot be built: the demo module is missing from this installation ({error}).</source>
        <translation>无法建立演示门店：此安装缺少演示模块（{error}）。</translation>
    </message>
    <message>
        <source>The demo store cannot be built: jeweldesk.demo has no build().</source>
        <translation>无法建立演示门店：jeweldesk.demo 没有 build()。</translation>
    </message>
    <message>
        <source>The demo store could not be built: {error}</source>
        <translation>演示门店建立失败：{error}</translation>
    </message>
    <message>
        <source>JewelDesk demo</source>
        <translation>JewelDesk 演示</translation>
    </message>
    <message>
        <source>Preparing the demo store (first use only)…</source>
        <translation>正在准备演示门店（仅首次使用）…</translation>
    </message>
    <message>
        <source>Preparing the demo store: {step}…</source>
        <translation>正在准备演示门店：{step}…</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Details</source>
        <translation>详细资料</translation>
    </message>
    <message>
        <source>e.g. Mrs Wang, Claire</source>
        <translation>例如：王太太、Claire</translation>
    </message>
    <message>
        <source>no preference</source>
        <translation>无偏好</translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>联系时段</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>原因（选填）：</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>e.g. diamond</source>
        <translation>例如：钻石</translation>
    </message>
    <message>
        <source>report no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Stone</source>
        <translation>宝石</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <source>Carat</source>
        <translation>克拉</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>净度</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>鉴定机构</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Hand over the whole book</source>
        <translation>交接整本客户簿</translation>
    </message>
    <message>
        <source>{count} seats</source>
        <translation>{count} 个座位</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This document cannot be previewed; it can still be saved.</source>
        <translation>此文件无法预览，但仍可保存。</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>第 {number} 页</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>无法保存：{reason}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Welcome to JewelDesk</source>
        <translation>欢迎使用 JewelDesk</translation>
    </message>
    <message>
        <source>This device holds no store yet. Try the demo, or enrol it with the code head office gave you.</source>
        <translation>此设备尚未绑定门店。您可以先试用演示，或使用总部提供的注册码注册此设备。</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Three boutiques (Shanghai, Hong Kong, Paris) with their clients, on this device only.</source>
        <translation>三家精品店（上海、香港、巴黎）及其客户，仅保存在此设备上。</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <source>Enrol this device</source>
        <translation>注册此设备</translation>
    </message>
    <message>
        <source>Head-office address, e.g. https://hq.example.com</source>
        <translation>总部地址，例如 https://hq.example.com</translation>
    </message>
    <message>
        <source>Head-office address</source>
        <translation>总部地址</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Enrolling with head office and fetching the store…</source>
        <translation>正在向总部注册并下载门店资料…</translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation>注册成功。</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Service jobs</source>
        <translation>维修保养单</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Ready by</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估价</translation>
    </message>
    <message>
        <source>Condition at intake</source>
        <translation>收件时状况</translation>
    </message>
    <message>
        <source>Service-recovery cases</source>
        <translation>客诉处理</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开立日期</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>checked {day}</source>
        <translation>{day} 已回访</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>{day} 到期</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients…</source>
        <translation>导入客户…</translation>
    </message>
    <message>
        <source>Import clients from a file</source>
        <translation>从文件导入客户</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Simplified Chinese)</source>
        <translation>GBK / GB18030（简体中文）</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>英文/拼音姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>称谓</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Membership tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Lifetime spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Accepts marketing</source>
        <translation>接受营销</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Choose a client list</source>
        <translation>选择客户名单</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>客户名单 (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A client list from a spreadsheet, a till or an online shop: a CSV, TSV or Excel file with one client a row and the column names on the first row.</source>
        <translation>来自电子表格、收银系统或网店的客户名单：CSV、TSV 或 Excel 文件，每行一位客户，第一行为列名。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>The first rows as read</source>
        <translation>读取到的前几行</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Each column of the file and the JewelDesk field it fills. Columns named as in the common exports are chosen for you; change any of them here. Your choice is kept for the next file with the same columns.</source>
        <translation>文件的每一列及其对应的 JewelDesk 字段。常见导出格式的列名已自动对应，可在此逐一修改。您的选择会保留，下次导入相同列的文件时沿用。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首行内容</translation>
    </message>
    <message>
        <source>JewelDesk field</source>
        <translation>JewelDesk 字段</translation>
    </message>
    <message>
        <source>Columns and the fields they fill</source>
        <translation>各列及其对应字段</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>Proposed merges</source>
        <translation>建议合并</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Values left out</source>
        <translation>略去的值</translation>
    </message>
    <message>
        <source>Rows to read about</source>
        <translation>需要查看的行</translation>
    </message>
    <message>
        <source>Every row can be imported as it is.</source>
        <translation>所有行均可按原样导入。</translation>
    </message>
    <message>
        <source>These rows look like clients JewelDesk already has. Check each pair: a merge adds the file&apos;s new phone numbers, e-mails and birthday to the client already on file, and changes nothing else.</source>
        <translation>这些行看起来是 JewelDesk 中已有的客户。请逐对核对：合并只会把文件中新的电话、邮箱和生日加到已有客户上，不改动其他内容。</translation>
    </message>
    <message>
        <source>Merge them into the clients already on file</source>
        <translation>合并到已有客户</translation>
    </message>
    <message>
        <source>Leave these rows out of this import</source>
        <translation>本次导入略过这些行</translation>
    </message>
    <message>
        <source>Changed your mind? Undo removes every client and detail this import added, as long as nobody has changed them since.</source>
        <translation>改变主意了？撤销会删除本次导入添加的所有客户和信息，前提是此后无人修改过它们。</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>As detected: {encoding}</source>
        <translation>自动识别：{encoding}</translation>
    </message>
    <message>
        <source>Detected from the file</source>
        <translation>从文件自动识别</translation>
    </message>
    <message numerus="yes">
        <source>%n client row(s) in the file.</source>
        <translation>
            <numerusform>文件中有 %n 行客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>If the names below look garbled, choose the encoding by hand.</source>
        <translation>如果下方姓名显示为乱码，请手动选择编码。</translation>
    </message>
    <message>
        <source>An Excel workbook carries its own encoding.</source>
        <translation>Excel 工作簿自带编码。</translation>
    </message>
    <message>
        <source>Field for the column “{header}”</source>
        <translation>“{header}”列对应的字段</translation>
    </message>
    <message>
        <source>Columns as you chose them last time for this file.</source>
        <translation>沿用您上次为此类文件选择的列对应。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the columns recognised.</source>
        <translation>
            <numerusform>已识别 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>No column was recognised: choose each field by hand.</source>
        <translation>未识别任何列：请手动选择每个字段。</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s) read.</source>
        <translation>
            <numerusform>{file}：已读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>不导入的列：{columns}。</translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) skipped.</source>
        <translation>
            <numerusform>已跳过 %n 个空行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Importing row {done} of {total}…</source>
        <translation>正在导入第 {done} 行，共 {total} 行…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) added.</source>
        <translation>
            <numerusform>已添加 %n 位客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into clients already on file.</source>
        <translation>
            <numerusform>%n 行已合并到已有客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed merge(s) left out.</source>
        <translation>
            <numerusform>已略过 %n 个建议合并。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already imported.</source>
        <translation>
            <numerusform>%n 行此前已导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n 行未导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) left out.</source>
        <translation>
            <numerusform>略去了 %n 个值。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>本次导入已撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) removed, with everything the import added.</source>
        <translation>
            <numerusform>已删除 %n 位客户，以及本次导入添加的所有信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Already in JewelDesk</source>
        <translation>JewelDesk 中已有</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Matches several records: left out</source>
        <translation>与多条记录相符：略过</translation>
    </message>
</context>
<context>
    <name>KpiScreen</name>
    <message>
        <source>KPIs</source>
        <translation>业绩指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>按时跟进</translation>
    </message>
    <message>
        <source>Complete records</source>
        <translation>资料完整</translation>
    </message>
    <message>
        <source>Appointment conversion</source>
        <translation>预约转化率</translation>
    </message>
    <message>
        <source>Every figure with what it is out of</source>
        <translation>每个数字均附分母</translation>
    </message>
    <message>
        <source>Sign in to see your figures.</source>
        <translation>登录后查看您的数据。</translation>
    </message>
    <message>
        <source>{name}  ·  {start} – {end}</source>
        <translation>{name}  ·  {start} – {end}</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>我的客户簿</translation>
    </message>
    <message>
        <source>Store {code}</source>
        <translation>门店 {code}</translation>
    </message>
    <message numerus="yes">
        <source>{scope} · %n client(s)</source>
        <translation>
            <numerusform>{scope} · %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>no clients in the book</source>
        <translation>客户簿中暂无客户</translation>
    </message>
    <message>
        <source>nothing due in the period</source>
        <translation>此期间无到期事项</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>RATES, %</source>
        <translation>比率（%）</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>已购买</translation>
    </message>
    <message>
        <source>EVENTS · {scope}</source>
        <translation>活动 · {scope}</translation>
    </message>
    <message>
        <source>NONE IN THE PERIOD</source>
        <translation>此期间没有</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>– (none due)</source>
        <translation>–（无到期）</translation>
    </message>
    <message>
        <source>– (no clients)</source>
        <translation>–（无客户）</translation>
    </message>
    <message>
        <source>{percent}%  ·  {n} of {total}</source>
        <translation>{percent}%  ·  {n} / {total}</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Coverage (contacted in 30 days)</source>
        <translation>覆盖率（30 天内有联系）</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>按时完成的跟进</translation>
    </message>
    <message>
        <source>Complete records</source>
        <translation>资料完整</translation>
    </message>
    <message>
        <source>Appointments that led to a purchase</source>
        <translation>促成购买的预约</translation>
    </message>
    <message>
        <source>Buyers who came back</source>
        <translation>回头购买的客户</translation>
    </message>
    <message>
        <source>Service cases answered within 2 h</source>
        <translation>2 小时内回复的客诉</translation>
    </message>
    <message>
        <source>Service cases resolved within 24 h</source>
        <translation>24 小时内解决的客诉</translation>
    </message>
    <message>
        <source>Benefits used</source>
        <translation>已使用的礼遇</translation>
    </message>
    <message>
        <source>Vouchers used</source>
        <translation>已使用的礼券</translation>
    </message>
    <message>
        <source>Event: invited</source>
        <translation>活动：已邀请</translation>
    </message>
    <message>
        <source>Event: accepted</source>
        <translation>活动：已接受</translation>
    </message>
    <message>
        <source>Event: attended</source>
        <translation>活动：已出席</translation>
    </message>
    <message>
        <source>Event: purchased after</source>
        <translation>活动：会后购买</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>JewelDesk — locked</source>
        <translation>JewelDesk — 已锁定</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search name, 拼音, phone, e-mail, certificate…</source>
        <translation>搜索姓名、拼音、电话、邮箱、证书…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>正在打开门店数据…</translation>
    </message>
    <message>
        <source>Not signed in: search for a client</source>
        <translation>未登录：请搜索客户</translation>
    </message>
    <message numerus="yes">
        <source>My book · %n client(s)</source>
        <translation>
            <numerusform>我的客户簿 · %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for “{query}”</source>
        <translation>
            <numerusform>“{query}”有 %n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <source>No client matches “{query}”</source>
        <translation>没有符合“{query}”的客户</translation>
    </message>
    <message>
        <source>JewelDesk</source>
        <translation>JewelDesk</translation>
    </message>
</context>
<context>
    <name>MeasurementEditor</name>
    <message>
        <source>Wrist and neck</source>
        <translation>手腕与颈围</translation>
    </message>
    <message>
        <source>Save length</source>
        <translation>保存长度</translation>
    </message>
    <message>
        <source>e.g. 16.5 cm</source>
        <translation>例如：16.5 厘米</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Notes, newest first, pinned on top</source>
        <translation>备注：最新在前，置顶在上</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Mark sensitive</source>
        <translation>标为敏感</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message numerus="yes">
        <source>%n sensitive note(s) not shown</source>
        <translation>
            <numerusform>%n 条敏感备注未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>取消敏感</translation>
    </message>
    <message>
        <source>Note pinned</source>
        <translation>备注已置顶</translation>
    </message>
    <message>
        <source>Note unpinned</source>
        <translation>备注已取消置顶</translation>
    </message>
    <message>
        <source>Note marked sensitive</source>
        <translation>备注已标为敏感</translation>
    </message>
    <message>
        <source>Note no longer sensitive</source>
        <translation>备注已取消敏感</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>备注已编辑</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Key dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>Preferences at a glance</source>
        <translation>喜好一览</translation>
    </message>
    <message>
        <source>Sizes and family</source>
        <translation>尺寸与家人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Jewellery box</source>
        <translation>珠宝盒</translation>
    </message>
    <message>
        <source>Recent purchases</source>
        <translation>近期购买</translation>
    </message>
</context>
<context>
    <name>PieceEditor</name>
    <message>
        <source>Add a piece the client owns</source>
        <translation>添加客户拥有的作品</translation>
    </message>
    <message>
        <source>Add piece</source>
        <translation>添加作品</translation>
    </message>
    <message>
        <source>e.g. solitaire ring, bought in Paris</source>
        <translation>例如：单钻戒指，购于巴黎</translation>
    </message>
    <message>
        <source>e.g. platinum</source>
        <translation>例如：铂金</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>删除最后一位</translation>
    </message>
</context>
<context>
    <name>PreferenceEditor</name>
    <message>
        <source>Add a preference</source>
        <translation>添加喜好</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>e.g. platinum, emerald, champagne</source>
        <translation>例如：铂金、祖母绿、香槟</translation>
    </message>
    <message>
        <source>optional detail</source>
        <translation>补充说明（选填）</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>喜好程度</translation>
    </message>
    <message>
        <source>About</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <source>Loves, likes, dislikes, avoid</source>
        <translation>钟爱、喜欢、不喜欢、避免</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>喜好程度</translation>
    </message>
    <message>
        <source>About</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Remove preference</source>
        <translation>删除喜好</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Details and contacts</source>
        <translation>资料与联系方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系方式</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Preference added</source>
        <translation>喜好已添加</translation>
    </message>
    <message>
        <source>Preference removed</source>
        <translation>喜好已删除</translation>
    </message>
    <message>
        <source>Ring size saved</source>
        <translation>戒指尺寸已保存</translation>
    </message>
    <message>
        <source>Length saved</source>
        <translation>长度已保存</translation>
    </message>
    <message>
        <source>Details saved</source>
        <translation>资料已保存</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>联系方式已添加</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>联系方式已删除</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Greet as {name}</source>
        <translation>称呼：{name}</translation>
    </message>
    <message>
        <source>home store {code}</source>
        <translation>所属门店 {code}</translation>
    </message>
    <message>
        <source>advisor {names}</source>
        <translation>顾问 {names}</translation>
    </message>
    <message>
        <source>advisors {names}</source>
        <translation>顾问 {names}</translation>
    </message>
    <message>
        <source>in no advisor&apos;s book</source>
        <translation>不在任何顾问的客户簿中</translation>
    </message>
</context>
<context>
    <name>PurchaseEditor</name>
    <message>
        <source>Record a purchase (when no till feed exists)</source>
        <translation>登记购买（收银系统未同步时）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>what was bought</source>
        <translation>购买的作品</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <source>Purchases in every store</source>
        <translation>所有门店的购买记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>How</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Wishlist</source>
        <translation>心愿单</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>心愿</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>bought {day}</source>
        <translation>{day} 已购买</translation>
    </message>
    <message>
        <source>wished</source>
        <translation>心愿中</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Remove wish</source>
        <translation>删除心愿</translation>
    </message>
    <message>
        <source>Purchase recorded</source>
        <translation>购买已登记</translation>
    </message>
    <message>
        <source>Wish added</source>
        <translation>心愿已添加</translation>
    </message>
    <message>
        <source>Wish removed</source>
        <translation>心愿已删除</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>Note while you talk… Enter saves (Ctrl+N)</source>
        <translation>边聊边记备注… 按 Enter 保存（Ctrl+N）</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter saves; Shift+Enter starts a new line</source>
        <translation>Enter 或 Ctrl+Enter 保存；Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Only you, store managers and head office will see it</source>
        <translation>仅您本人、门店经理和总部可见</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
</context>
<context>
    <name>RelationshipEditor</name>
    <message>
        <source>Add someone close</source>
        <translation>添加亲友</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加此人</translation>
    </message>
    <message>
        <source>name, any script</source>
        <translation>姓名（任何文字）</translation>
    </message>
    <message>
        <source>search the clients to link…</source>
        <translation>搜索要关联的客户…</translation>
    </message>
    <message>
        <source>not a client</source>
        <translation>非客户</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Link to a client</source>
        <translation>关联客户</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>RingSizeEditor</name>
    <message>
        <source>Ring size</source>
        <translation>戒指尺寸</translation>
    </message>
    <message>
        <source>Save size</source>
        <translation>保存尺寸</translation>
    </message>
    <message>
        <source>e.g. 6½, M½, 52</source>
        <translation>例如：6½、M½、52</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>手</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>手指</translation>
    </message>
    <message>
        <source>System</source>
        <translation>尺寸标准</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Books</source>
        <translation>客户簿</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>业绩指标</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock JewelDesk (Ctrl+L)</source>
        <translation>锁定 JewelDesk（Ctrl+L）</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Head-office address</source>
        <translation>总部地址</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>保存地址</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>闲置锁定</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>The demo&apos;s head office runs on this computer.</source>
        <translation>演示版的总部在本机运行。</translation>
    </message>
    <message>
        <source>Only a store manager can change the head-office address.</source>
        <translation>仅门店经理可以更改总部地址。</translation>
    </message>
    <message>
        <source>This device is not connected to head office.</source>
        <translation>此设备未连接总部。</translation>
    </message>
    <message numerus="yes">
        <source>JewelDesk now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>JewelDesk 将在闲置 %n 分钟后锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Head-office address saved.</source>
        <translation>总部地址已保存。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Who is signing in?</source>
        <translation>请选择您的名字</translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Not you? Choose your name</source>
        <translation>不是您？请选择您的名字</translation>
    </message>
    <message>
        <source>Demo store: every PIN is %1</source>
        <translation>演示门店：所有 PIN 码均为 %1</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>正在打开门店数据…</translation>
    </message>
    <message>
        <source>No one can sign in on this device yet: ask head office.</source>
        <translation>此设备暂时无人可登录，请联系总部。</translation>
    </message>
    <message>
        <source>Locked. Enter your PIN to continue</source>
        <translation>已锁定。请输入 PIN 码继续</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>请输入 PIN 码</translation>
    </message>
    <message>
        <source>Welcome. Choose a PIN of 4 to 8 digits</source>
        <translation>欢迎。请设置 4 至 8 位数字的 PIN 码</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>请再次输入相同的 PIN 码</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>JewelDesk — sign in</source>
        <translation>JewelDesk — 登录</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <source>Piece</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Stone</source>
        <translation>宝石</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Free for the slot</source>
        <translation>此时段可用</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>此时段可用</translation>
    </message>
    <message>
        <source>{free} of {on_hand}</source>
        <translation>{free} / {on_hand}</translation>
    </message>
</context>
<context>
    <name>StoneEditor</name>
    <message>
        <source>Add a stone to the chosen piece</source>
        <translation>为所选作品添加宝石</translation>
    </message>
    <message>
        <source>Add stone</source>
        <translation>添加宝石</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>● Online · synced at %1</source>
        <translation>● 在线 · %1 已同步</translation>
    </message>
    <message>
        <source>Head office no longer accepts this device: ask head office to enrol it again. Your changes are kept on this device</source>
        <translation>总部已不再接受此设备：请联系总部重新登记。您的更改已保存在本设备</translation>
    </message>
    <message>
        <source>This version of JewelDesk is too old for head office: update it. Your changes are kept on this device</source>
        <translation>此版本的 JewelDesk 过旧，总部无法同步：请更新。您的更改已保存在本设备</translation>
    </message>
    <message>
        <source>○ Offline · your changes are kept on this device</source>
        <translation>○ 离线 · 您的更改已保存在本设备</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项更改待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by head office</source>
        <translation>
            <numerusform>%n 项更改被总部拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to review</source>
        <translation>
            <numerusform>%n 项更改待审核</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>有空时</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Book</source>
        <comment>noun: the advisor&apos;s client book</comment>
        <extracomment>The tile counting the clients of the advisor&apos;s book: 客户簿, not &quot;to book&quot;.</extracomment>
        <translation>客户簿</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Complete records</source>
        <translation>资料完整</translation>
    </message>
    <message>
        <source>Today&apos;s actions</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Nothing left for today. Your book is in good hands.</source>
        <translation>今日事项已全部完成，您的客户都照顾得很好。</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Today&apos;s and tomorrow&apos;s appointments</source>
        <translation>今明两天的预约</translation>
    </message>
    <message>
        <source>Sign in to see your day.</source>
        <translation>登录后查看您的今日安排。</translation>
    </message>
    <message>
        <source>Open the client&apos;s profile</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Copy draft</source>
        <translation>复制草稿</translation>
    </message>
    <message>
        <source>Copy the message to paste it in the client&apos;s channel: nothing is sent from here</source>
        <translation>复制消息后粘贴到客户常用的渠道：本应用不会直接发送</translation>
    </message>
    <message>
        <source>Note (optional): what happened</source>
        <translation>备注（选填）：发生了什么</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标为完成</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>延后至</translation>
    </message>
    <message>
        <source>Choose an action to see its message and record what happened.</source>
        <translation>选择一项待办以查看消息并记录结果。</translation>
    </message>
    <message>
        <source>under {minimum}: add clients</source>
        <translation>少于 {minimum}：请添加客户</translation>
    </message>
    <message>
        <source>over {maximum}: too many to serve well</source>
        <translation>超过 {maximum}：客户过多，难以周到服务</translation>
    </message>
    <message>
        <source>clients, within {minimum}–{maximum}</source>
        <translation>位客户，在 {minimum}–{maximum} 范围内</translation>
    </message>
    <message>
        <source>{n} of {total} contacted in 30 days</source>
        <translation>30 天内联系了 {n} / {total} 位</translation>
    </message>
    <message>
        <source>{n} of {total} with every key field</source>
        <translation>{n} / {total} 位资料完整</translation>
    </message>
    <message>
        <source>{overdue} overdue</source>
        <translation>{overdue} 项逾期</translation>
    </message>
    <message>
        <source>due today, none overdue</source>
        <translation>今日到期，无逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s), ranked</source>
        <translation>
            <numerusform>%n 项待办，已排序</numerusform>
        </translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>通过{channel}</translation>
    </message>
    <message>
        <source>best {start}–{end}</source>
        <translation>最佳时段 {start}–{end}</translation>
    </message>
    <message>
        <source>Message draft · {language}</source>
        <translation>消息草稿 · {language}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一次更改（Ctrl+Z）</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>VIC consultant</source>
        <translation>VIC 顾问</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>门店经理</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Private viewing</source>
        <translation>私人品鉴</translation>
    </message>
    <message>
        <source>Bridal consultation</source>
        <translation>婚戒咨询</translation>
    </message>
    <message>
        <source>Bespoke</source>
        <translation>定制</translation>
    </message>
    <message>
        <source>Launch preview</source>
        <translation>新品预览</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清洁</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Virtual consultation</source>
        <translation>线上咨询</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>WishEditor</name>
    <message>
        <source>Add a wish</source>
        <translation>添加心愿</translation>
    </message>
    <message>
        <source>Add wish</source>
        <translation>添加心愿</translation>
    </message>
    <message>
        <source>e.g. Jardin emerald earrings</source>
        <translation>例如：Jardin 祖母绿耳环</translation>
    </message>
    <message>
        <source>optional note</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>心愿</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
</TS>
