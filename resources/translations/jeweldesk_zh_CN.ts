<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
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
        <source>Other contact</source>
        <translation>其他联系</translation>
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
        <source>Returned unrepaired</source>
        <translation>未修退回</translation>
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
    <message>
        <source>Launch</source>
        <translation>新品发布</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Private viewing</source>
        <translation>私享鉴赏</translation>
    </message>
    <message>
        <source>In-store event</source>
        <translation>店内活动</translation>
    </message>
    <message>
        <source>Masterclass</source>
        <translation>大师课</translation>
    </message>
    <message>
        <source>Private dinner</source>
        <translation>私人晚宴</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>婉拒</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>尚未回复</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>已约好预约</translation>
    </message>
    <message>
        <source>Will call back</source>
        <translation>稍后回电</translation>
    </message>
    <message>
        <source>Not interested for now</source>
        <translation>暂时没有兴趣</translation>
    </message>
    <message>
        <source>How was the contact made?</source>
        <translation>通过什么方式联系的？</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <source>Log a call, message or visit with this client</source>
        <translation>记录与这位客户的通话、消息或到店</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Ready by</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <source>Service history of this piece</source>
        <translation>这件首饰的维修保养记录</translation>
    </message>
    <message>
        <source>Take in for service…</source>
        <translation>收件维修保养…</translation>
    </message>
    <message>
        <source>Never in for service.</source>
        <translation>从未送修。</translation>
    </message>
    <message>
        <source>New service job…</source>
        <translation>新建维修保养单…</translation>
    </message>
    <message>
        <source>Open the job…</source>
        <translation>打开工单…</translation>
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
</context>
<context>
    <name>BenefitsTab</name>
    <message>
        <source>Benefits and vouchers</source>
        <translation>权益与礼券</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>No benefits or vouchers yet.</source>
        <translation>尚无权益或礼券。</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>使用…</translation>
    </message>
    <message>
        <source>Issue voucher…</source>
        <translation>发放礼券…</translation>
    </message>
    <message>
        <source>Issue from a purchase…</source>
        <translation>按购买发放…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>for life</source>
        <translation>终身</translation>
    </message>
    <message numerus="yes">
        <source>%n used</source>
        <translation>
            <numerusform>已用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>{used} of {allowed}</source>
        <translation>{used}/{allowed}</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>可使用</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Voucher issued</source>
        <translation>礼券已发放</translation>
    </message>
    <message>
        <source>Benefit issued</source>
        <translation>权益已发放</translation>
    </message>
    <message>
        <source>Benefit used: {benefit}</source>
        <translation>已使用权益：{benefit}</translation>
    </message>
    <message>
        <source>Withdraw the benefit</source>
        <translation>撤销权益</translation>
    </message>
    <message>
        <source>Withdraw {benefit}? It can no longer be used, on any device. Its uses are kept.

Reason:</source>
        <translation>撤销{benefit}？撤销后在任何设备上都不能再使用，已有的使用记录会保留。

原因：</translation>
    </message>
    <message>
        <source>Benefit withdrawn</source>
        <translation>权益已撤销</translation>
    </message>
    <message>
        <source>Benefit withdrawn.</source>
        <translation>权益已撤销。</translation>
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
        <source>Export this book…</source>
        <translation>导出此名册…</translation>
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
        <source>{document} {number} issued</source>
        <translation>{document} {number} 已出具</translation>
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
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Event fatigue</source>
        <translation>活动疲劳</translation>
    </message>
    <message>
        <source>Invited already</source>
        <translation>已邀请</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Service-recovery case</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>New service-recovery case</source>
        <translation>新建客诉</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>创建客诉</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>What the client complains of, in their words</source>
        <translation>客户投诉的内容，尽量用客户的原话</translation>
    </message>
    <message>
        <source>— not said —</source>
        <translation>— 未说明 —</translation>
    </message>
    <message>
        <source>Optional: seen only by you, store managers and head office</source>
        <translation>选填：仅您、门店经理和总部可见</translation>
    </message>
    <message>
        <source>A sensitive note is recorded: only the person who opened the case, store managers and head office can read it.</source>
        <translation>此客诉有一条敏感备注：仅创建人、门店经理和总部可以查看。</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>How it reached us</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Sensitive note</source>
        <translation>敏感备注</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次回应</translation>
    </message>
    <message>
        <source>The apology made, and how</source>
        <translation>致歉的内容和方式</translation>
    </message>
    <message>
        <source>A complimentary cleaning, a gift…</source>
        <translation>免费清洁、礼品等</translation>
    </message>
    <message>
        <source>Its value, e.g. 1,200</source>
        <translation>价值，例如 1,200</translation>
    </message>
    <message>
        <source>— none yet —</source>
        <translation>— 暂无 —</translation>
    </message>
    <message>
        <source>Save the response</source>
        <translation>保存回应</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>致歉</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Gesture&apos;s value</source>
        <translation>补偿价值</translation>
    </message>
    <message>
        <source>Manager involved</source>
        <translation>参与的门店经理</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <source>How the case was resolved</source>
        <translation>此客诉是如何解决的</translation>
    </message>
    <message>
        <source>Plan a follow-up check on</source>
        <translation>安排回访日期</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>标记为已解决</translation>
    </message>
    <message>
        <source>Follow-up check</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>What the client said when you checked back</source>
        <translation>回访时客户的反馈</translation>
    </message>
    <message>
        <source>Record the follow-up</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Why the case is reopened (required)</source>
        <translation>重新打开的原因（必填）</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>重新打开客诉</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opened {when} by {person}</source>
        <translation>{person} 于 {when} 创建</translation>
    </message>
    <message>
        <source>First response {when}</source>
        <translation>首次回应：{when}</translation>
    </message>
    <message>
        <source>Resolved {when}</source>
        <translation>解决于 {when}</translation>
    </message>
    <message>
        <source>follow-up check due {day}</source>
        <translation>回访日期 {day}</translation>
    </message>
    <message>
        <source>reopened: {reason}</source>
        <translation>重新打开：{reason}</translation>
    </message>
    <message>
        <source>Checked back {when}</source>
        <translation>已于 {when} 回访</translation>
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
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The tab of after-sales service: service jobs and service-recovery cases.</extracomment>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Benefits</source>
        <extracomment>The tab of the client&apos;s benefits (权益) and vouchers.</extracomment>
        <translation>权益</translation>
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
    <name>ConsentDialog</name>
    <message>
        <source>Spoken</source>
        <translation>口头</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>纸质表格</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>记录授权同意</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>The client signs here</source>
        <translation>请客户在此签名</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
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
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>表格编号</translation>
    </message>
    <message>
        <source>The number printed on the signed form</source>
        <translation>已签表格上印的编号</translation>
    </message>
    <message>
        <source>The message or web form reference (optional)</source>
        <translation>消息或网页表单的参考编号（可选）</translation>
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
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Grant consent…</source>
        <translation>授予授权同意…</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>撤回授权同意…</translation>
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
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open the chosen document to print or save it</source>
        <translation>打开所选文件以打印或保存</translation>
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
        <source>Merge with another record…</source>
        <translation>与另一条记录合并…</translation>
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
    <name>ContactHow</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
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
    <name>DocumentPreview</name>
    <message>
        <source>Page {number}</source>
        <translation>第 {number} 页</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>This document cannot be shown here; it can still be saved.</source>
        <translation>此文件无法在此显示，但仍可保存。</translation>
    </message>
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
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
        <source>No printer is set up on this device. Ask the store manager to add one, or save the PDF and print it from another computer.</source>
        <translation>此设备尚未设置打印机。请联系门店经理添加，或保存 PDF 后在其他电脑上打印。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be printed: check the printer is on and has paper, or save the PDF and print it from another computer.</source>
        <translation>文件无法打印：请检查打印机已开启且有纸，或保存 PDF 后在其他电脑上打印。</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>无法保存 {name}：{reason}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
</context>
<context>
    <name>DoubleUseCard</name>
    <message>
        <source>%n use(s)</source>
        <translation>%n 次使用</translation>
    </message>
</context>
<context>
    <name>EditClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Mrs, Dr, 先生</source>
        <translation>女士、博士、先生</translation>
    </message>
    <message>
        <source>e.g. 王美玲 or 陳嘉欣</source>
        <translation>例如 王美玲 或 陳嘉欣</translation>
    </message>
    <message>
        <source>e.g. Wang Meiling</source>
        <translation>例如 Wang Meiling</translation>
    </message>
    <message>
        <source>e.g. Mrs Wang, 王女士</source>
        <translation>例如 Mrs Wang、王女士</translation>
    </message>
    <message>
        <source>e.g. 1988-02-29, or 05-01</source>
        <translation>例如 1988-02-29 或 05-01</translation>
    </message>
    <message>
        <source>Only a store manager can move a client to another store.</source>
        <translation>只有门店经理可以把客户转到另一家门店。</translation>
    </message>
    <message>
        <source>Name in its own script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <source>Title</source>
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
        <source>Greet as</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>所属门店</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <source>Primary</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>number, address or handle</source>
        <translation>号码、地址或账号</translation>
    </message>
    <message>
        <source>e.g. 204</source>
        <translation>例如 204</translation>
    </message>
    <message>
        <source>e.g. mobile, office</source>
        <translation>例如 手机、办公室</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>分机</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系方式</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>保存联系方式</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>设为首选</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>ext. {number}</source>
        <translation>转 {number}</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>联系方式已添加</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>联系方式已保存</translation>
    </message>
    <message>
        <source>Made primary</source>
        <translation>已设为首选</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>联系方式已删除</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>e.g. Jardin collection preview</source>
        <translation>例如：花园系列预览</translation>
    </message>
    <message>
        <source>Chinese title (optional)</source>
        <translation>中文名称（可选）</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>不指定房间</translation>
    </message>
    <message>
        <source>No host</source>
        <translation>不指定主持人</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限人数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Room or salon</source>
        <translation>房间或贵宾厅</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>创建活动</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1（已取消）</translation>
    </message>
    <message>
        <source>Accepted clients and their guests, of the places</source>
        <translation>已接受的客户及其随行宾客 / 名额</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>No events yet. A store manager creates them with New event.</source>
        <translation>暂无活动。门店经理可通过“新建活动”创建。</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>邀请…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>婉拒</translation>
    </message>
    <message>
        <source>Guests they bring</source>
        <translation>随行宾客人数</translation>
    </message>
    <message>
        <source>Guests: </source>
        <translation>随行宾客：</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>回复：</translation>
    </message>
    <message>
        <source>%1 · times in %2</source>
        <translation>%1 · 时间按 %2</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1（已取消）</translation>
    </message>
    <message>
        <source>hosted by %1</source>
        <translation>主持人：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n invited</source>
        <translation>
            <numerusform>已邀请 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n 位接受</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n 位婉拒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>已占 %1 / %2 个名额</translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n 位已出席</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportBookDialog</name>
    <message>
        <source>Export a book</source>
        <translation>导出客户名册</translation>
    </message>
    <message>
        <source>Export {name}&apos;s book</source>
        <translation>导出 {name} 的客户名册</translation>
    </message>
    <message>
        <source>Names, contacts, segment, birthday, last contact and marketing consent. Notes are never exported; the export is kept in the audit log.</source>
        <translation>包括姓名、联系方式、客户分层、生日、最近联系和营销同意。备注从不导出；每次导出都记入审计日志。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation>CSV 文件 (.csv)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>The whole book</source>
        <translation>整个名册</translation>
    </message>
    <message>
        <source>For a campaign</source>
        <translation>用于营销活动</translation>
    </message>
    <message>
        <source>Only the clients who agreed to marketing, and of their phone and e-mail only those they agreed to be contacted on.</source>
        <translation>仅包括同意接收营销信息的客户，且电话和邮箱只保留客户同意用于联系的那些。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the book</source>
        <translation>导出名册</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) written to {path}</source>
        <translation>
            <numerusform>已将 %n 位客户写入 {path}</numerusform>
        </translation>
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
    <name>GuestTableModel</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>随行宾客</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已出席</translation>
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
        <source>Log contact…</source>
        <translation>记录联系…</translation>
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
        <source>SLA</source>
        <translation>时效</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>新建客诉…</translation>
    </message>
    <message>
        <source>Work on the case…</source>
        <translation>处理客诉…</translation>
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
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Add as a new client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>不导入</translation>
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
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Matches several records: left out</source>
        <translation>与多条记录相符：略过</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>邀请参加%1</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>我的客户簿</translation>
    </message>
    <message>
        <source>All the store&apos;s clients</source>
        <translation>本门店全部客户</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>全部分层</translation>
    </message>
    <message>
        <source>Loves… (a stone, a collection)</source>
        <translation>喜爱…（宝石、系列）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) chosen</source>
        <translation>
            <numerusform>已选 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a fatigue warning</source>
        <translation>
            <numerusform>其中 %n 位有活动疲劳提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite anyway</source>
        <translation>仍然邀请</translation>
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
    <name>LogContactDialog</name>
    <message>
        <source>Call</source>
        <translation>通话</translation>
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
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Event attendance</source>
        <translation>活动出席</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note (optional): what was said</source>
        <translation>备注（可选）：谈了什么</translation>
    </message>
    <message>
        <source>This completes the action</source>
        <translation>完成此行动</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>MatchCard</name>
    <message>
        <source>Open existing client</source>
        <translation>打开现有客户</translation>
    </message>
    <message>
        <source>Open existing client {name}</source>
        <translation>打开现有客户 {name}</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <source>Already on file? This may be the same person:</source>
        <translation>已有记录？可能是同一人：</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Title</source>
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
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Romanised name</source>
        <translation>拼音/英文姓名</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候称呼</translation>
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
        <translation>首选联系渠道</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>联系时段</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>pieces in the jewellery box</source>
        <translation>珠宝盒中的作品</translation>
    </message>
    <message>
        <source>wishlist items</source>
        <translation>心愿单项目</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>consent decisions</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>benefits</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>contacts logged</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>service jobs</source>
        <translation>维修保养单</translation>
    </message>
    <message>
        <source>service cases</source>
        <translation>服务补救个案</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>ring sizes</source>
        <translation>戒指尺寸</translation>
    </message>
    <message>
        <source>people</source>
        <translation>关系人</translation>
    </message>
    <message>
        <source>book entries</source>
        <translation>名册记录</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>待办行动</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>invitations</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>名在前</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <source>Merge two clients</source>
        <translation>合并两位客户</translation>
    </message>
    <message>
        <source>Merge another record into {name}</source>
        <translation>将另一条记录合并到 {name}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Find the other record of the same person by name, phone or e-mail. Nothing changes until you have reviewed both and chosen Merge.</source>
        <translation>按姓名、电话或邮箱查找同一人的另一条记录。在您核对两条记录并选择“合并”之前，不会有任何更改。</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>姓名、电话或邮箱</translation>
    </message>
    <message>
        <source>No other client matches</source>
        <translation>没有其他匹配的客户</translation>
    </message>
    <message>
        <source>Keep: {name}</source>
        <translation>保留：{name}</translation>
    </message>
    <message>
        <source>Merge in: {name}</source>
        <translation>并入：{name}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Moves to {name}: {what}. The other record is then removed.</source>
        <translation>将移至 {name}：{what}。随后删除另一条记录。</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>无其他内容</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Type the name in any script, the phone or the e-mail: anyone already on file is offered as you type.</source>
        <translation>输入任何文字的姓名、电话或电子邮箱：已有记录的客户会在输入时列出。</translation>
    </message>
    <message>
        <source>e.g. 王美玲, 陳嘉欣, Claire Dubois</source>
        <translation>例如 王美玲、陳嘉欣、Claire Dubois</translation>
    </message>
    <message>
        <source>filled in from a Chinese name</source>
        <translation>由中文姓名自动填写</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678</source>
        <translation>例如 138 1234 5678</translation>
    </message>
    <message>
        <source>e.g. name@example.com</source>
        <translation>例如 name@example.com</translation>
    </message>
    <message>
        <source>e.g. 1988-02-29, or 05-01</source>
        <translation>例如 1988-02-29 或 05-01</translation>
    </message>
    <message>
        <source>As the store</source>
        <translation>与门店相同</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>拉丁字母姓名</translation>
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
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Add as a new client</source>
        <translation>仍新增为新客户</translation>
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
    <name>OpenCasesDialog</name>
    <message>
        <source>Open service-recovery cases</source>
        <translation>处理中的客诉</translation>
    </message>
    <message>
        <source>No open case: every complaint has been resolved.</source>
        <translation>没有处理中的客诉：所有投诉均已解决。</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>打开客诉</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n 条处理中的客诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 条已超时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenCasesModel</name>
    <message>
        <source>SLA</source>
        <translation>时效</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建时间</translation>
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
    <name>PhotosTab</name>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>The newest portrait is the one shown in the book and on briefs. JPEG, PNG or WebP, up to 15 MB.</source>
        <translation>最新的肖像照会显示在客户簿和简报上。支持 JPEG、PNG 或 WebP，最大 15 MB。</translation>
    </message>
    <message>
        <source>Photo of</source>
        <translation>照片内容</translation>
    </message>
    <message>
        <source>Add from a file…</source>
        <translation>从文件添加…</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>拍照…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>还没有照片</translation>
    </message>
    <message>
        <source>The client (portrait)</source>
        <translation>客户本人（肖像）</translation>
    </message>
    <message>
        <source>Arriving…</source>
        <translation>正在传送…</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>肖像</translation>
    </message>
    <message>
        <source>At intake</source>
        <translation>收件时</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>珠宝</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>照片已添加</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>照片已删除</translation>
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
    <name>PieceTile</name>
    <message>
        <source>Arriving…</source>
        <translation>正在传送…</translation>
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
        <source>ext. {number}</source>
        <translation>转 {number}</translation>
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
    <message>
        <source>loyalty {tier}</source>
        <translation>会员 {tier}</translation>
    </message>
    <message>
        <source>loyalty {tier}, {points} points</source>
        <translation>会员 {tier}，{points} 积分</translation>
    </message>
</context>
<context>
    <name>PurchaseBenefitDialog</name>
    <message>
        <source>Issue a benefit from a purchase</source>
        <translation>按购买发放权益</translation>
    </message>
    <message>
        <source>Issue benefit</source>
        <translation>发放权益</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Lifetime cleaning and inspection</source>
        <translation>终身免费清洗与检查</translation>
    </message>
    <message>
        <source>Unlimited uses, for life.</source>
        <translation>终身有效，不限次数。</translation>
    </message>
    <message>
        <source>Free resizing within six months</source>
        <translation>六个月内免费改圈</translation>
    </message>
    <message>
        <source>Once, within six months of the purchase&apos;s date.</source>
        <translation>自购买之日起六个月内，限一次。</translation>
    </message>
    <message>
        <source>Anniversary engraving</source>
        <translation>周年纪念免费刻字</translation>
    </message>
    <message>
        <source>On each wedding anniversary, with no end date.</source>
        <translation>每逢结婚周年纪念日，长期有效。</translation>
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
    <name>RedeemDialog</name>
    <message>
        <source>Use a benefit</source>
        <translation>使用权益</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Uses left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>使用条件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>what it was used for, e.g. ring resized to 13</source>
        <translation>用于何事，例如：戒指改为 13 号</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>至 {end}</translation>
    </message>
    <message>
        <source>for life</source>
        <translation>终身</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) left</source>
        <translation>
            <numerusform>剩余 %n 次</numerusform>
        </translation>
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
        <source>Events</source>
        <translation>活动</translation>
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
    <name>ServiceJobDialog</name>
    <message>
        <source>Photos of the piece at intake</source>
        <translation>收件时的首饰照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
    <message>
        <source>Take in for service</source>
        <translation>收件维修保养</translation>
    </message>
    <message>
        <source>Service job</source>
        <translation>维修保养单</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>客户签名</translation>
    </message>
    <message>
        <source>The client signs to leave the piece in the house&apos;s care</source>
        <translation>客户签名确认将首饰交由本品牌保管</translation>
    </message>
    <message>
        <source>The piece</source>
        <translation>首饰</translation>
    </message>
    <message>
        <source>For example “Gold bangle, engraved inside”</source>
        <translation>例如“内圈刻字的金手镯”</translation>
    </message>
    <message>
        <source>18k yellow gold</source>
        <translation>18K 黄金</translation>
    </message>
    <message>
        <source>From the jewellery box</source>
        <translation>从珠宝盒中选择</translation>
    </message>
    <message>
        <source>A piece not in the box</source>
        <translation>不在珠宝盒中的首饰</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <source>The work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>For example “resize from 52 to 54”</source>
        <translation>例如“从 52 号改至 54 号”</translation>
    </message>
    <message>
        <source>Empty: to follow</source>
        <translation>留空：稍后报价</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Work asked for</source>
        <translation>所需工作</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <source>Ready by</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Condition at intake</source>
        <translation>收件时状况</translation>
    </message>
    <message>
        <source>Scratches, loose or missing stones, wear, marks: what the client sees too</source>
        <translation>划痕、松动或缺失的宝石、磨损、印记：客户也能看到的状况</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Sent to the workshop</source>
        <translation>已送往工坊</translation>
    </message>
    <message>
        <source>Back from the workshop: ready</source>
        <translation>已从工坊取回：可取件</translation>
    </message>
    <message>
        <source>Client collects…</source>
        <translation>客户取件…</translation>
    </message>
    <message>
        <source>Return unrepaired…</source>
        <translation>未修退回…</translation>
    </message>
    <message>
        <source>Cancel the job…</source>
        <translation>取消工单…</translation>
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
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Take in and issue the receipt</source>
        <translation>收件并开具收据</translation>
    </message>
    <message>
        <source>{piece} (in for service: {number})</source>
        <translation>{piece}（维修保养中：{number}）</translation>
    </message>
    <message>
        <source>A piece not in the box…</source>
        <translation>不在珠宝盒中的首饰…</translation>
    </message>
    <message>
        <source>Estimate ({currency})</source>
        <translation>预估费用（{currency}）</translation>
    </message>
    <message>
        <source>Pieces are taken in by advisors, VIC consultants and store managers.</source>
        <translation>首饰由顾问、VIC 贵宾顾问和门店经理收件。</translation>
    </message>
    <message>
        <source>Service job {number}</source>
        <translation>维修保养单 {number}</translation>
    </message>
    <message>
        <source>to follow</source>
        <translation>稍后报价</translation>
    </message>
    <message>
        <source>Signed at intake, {when}</source>
        <translation>收件时签名，{when}</translation>
    </message>
    <message>
        <source>No signature on record: taken in before signatures were drawn here</source>
        <translation>无签名记录：此件在本设备开始手写签名前收件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收件</translation>
    </message>
    <message>
        <source>At the workshop</source>
        <translation>在工坊</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已完成</translation>
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
        <source>Returned unrepaired</source>
        <translation>未修退回</translation>
    </message>
    <message>
        <source>Promised for {day}</source>
        <translation>承诺完成日期：{day}</translation>
    </message>
    <message>
        <source>Photo at intake</source>
        <translation>收件照片</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) to attach</source>
        <translation>
            <numerusform>%n 张照片待附上</numerusform>
        </translation>
    </message>
    <message>
        <source>Job {number} taken in</source>
        <translation>已收件：工单 {number}</translation>
    </message>
    <message>
        <source>Return unrepaired</source>
        <translation>未修退回</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Why does the piece go back without the work?</source>
        <translation>为什么首饰未经维修就退回？</translation>
    </message>
    <message>
        <source>Why is the job cancelled?</source>
        <translation>为什么取消工单？</translation>
    </message>
    <message>
        <source>Job {number}: {status}</source>
        <translation>工单 {number}：{status}</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>保存文件</translation>
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
    <name>SignaturePad</name>
    <message>
        <source>Client&apos;s signature</source>
        <translation>客户签名</translation>
    </message>
    <message>
        <source>The client signs here</source>
        <translation>请客户在此签名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
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
    <name>VoucherDialog</name>
    <message>
        <source>Issue a voucher</source>
        <translation>发放礼券</translation>
    </message>
    <message>
        <source>Issue voucher</source>
        <translation>发放礼券</translation>
    </message>
    <message>
        <source>Valid in this store&apos;s time zone, from the first day to the last, inclusive.</source>
        <translation>按本店时区计算，首尾两天均有效。</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>礼券</translation>
    </message>
    <message>
        <source>e.g. Spring voucher</source>
        <translation>例如：春季礼券</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>e.g. 2,000</source>
        <translation>例如：2,000</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>可用次数</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <source>leave empty for a new code</source>
        <translation>留空将自动生成券码</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>使用条件</translation>
    </message>
    <message>
        <source>e.g. On a purchase of ¥20,000 or more.</source>
        <translation>例如：单笔消费满 ¥20,000 可用。</translation>
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
<context>
    <name>parent</name>
    <message>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>图片（{patterns}）</translation>
    </message>
</context>
</TS>
