<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Edit note</source>
        <translation>編輯備註</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置頂</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>尚無記錄</translation>
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
            <numerusform>%n 則敏感備註未顯示</numerusform>
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
            <numerusform> + 另 %n 顆寶石</numerusform>
        </translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>及另外 {count} 項</translation>
    </message>
    <message>
        <source>and {count} earlier</source>
        <translation>及更早的 {count} 項</translation>
    </message>
    <message>
        <source>Allergy: {items}</source>
        <translation>過敏：{items}</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>取消預約</translation>
    </message>
    <message>
        <source>Cancel {what}?
Reason (optional):</source>
        <translation>取消{what}？
原因（選填）：</translation>
    </message>
    <message>
        <source>VIC</source>
        <translation>VIC 貴賓</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心客戶</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潛力客戶</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短訊</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>當面</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>結婚紀念日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>紀念日</translation>
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
        <translation>伴侶</translation>
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
        <translation>兄弟姊妹</translation>
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
        <translation>送禮對象</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金屬</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>過敏</translation>
    </message>
    <message>
        <source>Stone</source>
        <translation>寶石</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>切工</translation>
    </message>
    <message>
        <source>Stone colour</source>
        <translation>寶石顏色</translation>
    </message>
    <message>
        <source>Carat budget</source>
        <translation>克拉預算</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>風格</translation>
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
        <translation>預算</translation>
    </message>
    <message>
        <source>Refreshment</source>
        <translation>茶點</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>興趣</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>職業</translation>
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
        <translation>鍾愛</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>喜歡</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>不喜歡</translation>
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
        <translation>無名指</translation>
    </message>
    <message>
        <source>little</source>
        <translation>小指</translation>
    </message>
    <message>
        <source>CN/HK</source>
        <translation>國標/港碼</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美碼</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>英碼</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>歐碼</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法語</translation>
    </message>
    <message>
        <source>Wrist</source>
        <translation>手腕</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>頸圍</translation>
    </message>
    <message>
        <source>Ankle</source>
        <translation>腳踝</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>E-mail message</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>查詢</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>其他聯絡</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>改圈</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清潔</translation>
    </message>
    <message>
        <source>Engraving</source>
        <translation>刻字</translation>
    </message>
    <message>
        <source>Restringing</source>
        <translation>重新穿線</translation>
    </message>
    <message>
        <source>Re-plating</source>
        <translation>重新電鍍</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>工坊處理中</translation>
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
        <translation>處理中</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Service messages</source>
        <translation>服務訊息</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>行銷推廣</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>客戶分析</translation>
    </message>
    <message>
        <source>Cross-border transfer</source>
        <translation>跨境傳輸</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>證書</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>估價書</translation>
    </message>
    <message>
        <source>Care guide</source>
        <translation>保養指南</translation>
    </message>
    <message>
        <source>Warranty card</source>
        <translation>保固卡</translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation>維修收據</translation>
    </message>
    <message>
        <source>Collection slip</source>
        <translation>取件單</translation>
    </message>
    <message>
        <source>Appointment brief</source>
        <translation>預約簡報</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>天然</translation>
    </message>
    <message>
        <source>Laboratory-grown</source>
        <translation>實驗室培育</translation>
    </message>
    <message>
        <source>Simulant</source>
        <translation>仿製品</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>門店</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>遠端</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>升職</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>搬遷</translation>
    </message>
    <message>
        <source>Marriage</source>
        <translation>結婚</translation>
    </message>
    <message>
        <source>Child&apos;s graduation</source>
        <translation>子女畢業</translation>
    </message>
    <message>
        <source>Inheritance</source>
        <translation>繼承</translation>
    </message>
    <message>
        <source>Business success</source>
        <translation>事業有成</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>添丁</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>稱謂</translation>
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
        <translation>拼音/羅馬字姓名</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>稱呼</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>偏好渠道</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>聯絡時段</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>所屬門店</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>About</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>喜好程度</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Sizing system</source>
        <translation>尺碼標準</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>顧問</translation>
    </message>
    <message>
        <source>Second advisor</source>
        <translation>第二顧問</translation>
    </message>
    <message>
        <source>Room or salon</source>
        <translation>房間或貴賓廳</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>結果備註</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>門店</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Date of purchase</source>
        <translation>購買時間</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收據編號</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>In the book since</source>
        <translation>加入客戶簿日期</translation>
    </message>
    <message>
        <source>Left the book</source>
        <translation>移出客戶簿時間</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>發展計劃</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>交接備註</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>稽核記錄</translation>
    </message>
    <message>
        <source>Benefit used</source>
        <translation>禮遇使用記錄</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>禮遇</translation>
    </message>
    <message>
        <source>Client book entry</source>
        <translation>客戶簿條目</translation>
    </message>
    <message>
        <source>Catalogue piece</source>
        <translation>目錄作品</translation>
    </message>
    <message>
        <source>Preparation item</source>
        <translation>準備事項</translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation>客戶檔案</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授權同意</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Important date</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>Clienteling settings</source>
        <translation>客戶經營設定</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互動記錄</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀請</translation>
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
        <translation>建議待辦</translation>
    </message>
    <message>
        <source>Piece in the jewellery box</source>
        <translation>珠寶盒中的作品</translation>
    </message>
    <message>
        <source>Pre-selected piece</source>
        <translation>預選作品</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>喜好</translation>
    </message>
    <message>
        <source>Purchase line</source>
        <translation>購買明細</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>關係人</translation>
    </message>
    <message>
        <source>Ring size</source>
        <translation>戒指尺寸</translation>
    </message>
    <message>
        <source>Service-recovery case</source>
        <translation>客訴處理</translation>
    </message>
    <message>
        <source>Service job</source>
        <translation>維修保養單</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Stock level</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Change to review</source>
        <translation>待審核的變更</translation>
    </message>
    <message>
        <source>Wishlist item</source>
        <translation>願望清單作品</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>新品發表</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Private viewing</source>
        <translation>私享鑑賞</translation>
    </message>
    <message>
        <source>In-store event</source>
        <translation>店內活動</translation>
    </message>
    <message>
        <source>Masterclass</source>
        <translation>大師課</translation>
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
        <translation>尚未回覆</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已聯絡上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>已約好預約</translation>
    </message>
    <message>
        <source>Will call back</source>
        <translation>稍後回電</translation>
    </message>
    <message>
        <source>Not interested for now</source>
        <translation>暫時沒有興趣</translation>
    </message>
    <message>
        <source>How was the contact made?</source>
        <translation>透過什麼方式聯絡的？</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>記錄聯絡…</translation>
    </message>
    <message>
        <source>Log a call, message or visit with this client</source>
        <translation>記錄與這位客戶的通話、訊息或到店</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Ready by</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>預估費用</translation>
    </message>
    <message>
        <source>Service history of this piece</source>
        <translation>這件首飾的維修保養記錄</translation>
    </message>
    <message>
        <source>Take in for service…</source>
        <translation>收件維修保養…</translation>
    </message>
    <message>
        <source>Never in for service.</source>
        <translation>從未送修。</translation>
    </message>
    <message>
        <source>New service job…</source>
        <translation>新增維修保養單…</translation>
    </message>
    <message>
        <source>Open the job…</source>
        <translation>開啟工單…</translation>
    </message>
</context>
<context>
    <name>AdvisorBooksModel</name>
    <message>
        <source>Advisor</source>
        <translation>顧問</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>VIC</source>
        <translation>VIC 貴賓</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失風險</translation>
    </message>
    <message>
        <source>{count} · under {minimum}</source>
        <translation>{count} · 少於 {minimum}</translation>
    </message>
    <message>
        <source>{count} · over {maximum}</source>
        <translation>{count} · 超過 {maximum}</translation>
    </message>
    <message>
        <source>A book keeps {minimum}–{maximum} priority clients</source>
        <translation>每本客戶簿保持 {minimum}–{maximum} 位重點客戶</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No appointments</source>
        <translation>沒有預約</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>未指定房間</translation>
    </message>
</context>
<context>
    <name>AppointmentBlock</name>
    <message>
        <source>No client</source>
        <translation>未指定客戶</translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation>重複預訂</translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <source>New appointment</source>
        <translation>新增預約</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Search name, 拼音, phone…</source>
        <translation>搜尋姓名、拼音、電話…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>No client chosen</source>
        <translation>尚未選擇客戶</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>顧問</translation>
    </message>
    <message>
        <source>Second advisor</source>
        <translation>第二顧問</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>未指定房間</translation>
    </message>
    <message>
        <source>Room or salon</source>
        <translation>房間或貴賓廳</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Internal notes: never printed on the client&apos;s copy or exported</source>
        <translation>內部備註：不會列印在客戶副本上，也不會匯出</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>This appointment is closed: it is kept as it was and can no longer be changed.</source>
        <translation>此預約已結束，將按原樣保留，不能再修改。</translation>
    </message>
    <message>
        <source>Status and outcome</source>
        <translation>狀態與結果</translation>
    </message>
    <message>
        <source>What was bought, added to the wishlist or agreed</source>
        <translation>購買了甚麼、加入了願望清單或約定了甚麼</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>記錄結果</translation>
    </message>
    <message>
        <source>Pre-selection from stock</source>
        <translation>從庫存預選</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>全部系列</translation>
    </message>
    <message>
        <source>Stone</source>
        <translation>寶石</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金屬</translation>
    </message>
    <message>
        <source>Max {currency}</source>
        <translation>最高 {currency}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>準備事項</translation>
    </message>
    <message>
        <source>Prepared from the client&apos;s preferences when you save: room, refreshments, sizes, language.</source>
        <translation>儲存時根據客戶喜好準備：房間、茶點、尺寸、語言。</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>匯出 .ics…</translation>
    </message>
    <message>
        <source>Issue brief…</source>
        <translation>產生簡報…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>預訂</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>儲存變更</translation>
    </message>
    <message>
        <source>Reserved for this slot:</source>
        <translation>已為此時段保留：</translation>
    </message>
    <message>
        <source>To reserve when you save: {pieces}</source>
        <translation>儲存後預留：{pieces}</translation>
    </message>
    <message>
        <source>To release when you save: {pieces}</source>
        <translation>儲存後釋放：{pieces}</translation>
    </message>
    <message>
        <source>No pieces reserved for this slot.</source>
        <translation>此時段未保留任何作品。</translation>
    </message>
    <message>
        <source>To reserve for the slot: {pieces}</source>
        <translation>將為此時段保留：{pieces}</translation>
    </message>
    <message>
        <source>Tick pieces to reserve them for the slot.</source>
        <translation>勾選作品即可為此時段保留。</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>未指定客戶</translation>
    </message>
    <message>
        <source>Search to change the client…</source>
        <translation>搜尋以更換客戶…</translation>
    </message>
    <message>
        <source>Prepared from the client&apos;s preferences when the appointment was booked.</source>
        <translation>預約時已根據客戶喜好準備。</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>預約已改期</translation>
    </message>
    <message>
        <source>Appointment saved</source>
        <translation>預約已儲存</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>預約已確定</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>預約已取消</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>狀態：{status}</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>結果已記錄</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>行事曆檔案 (*.ics)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>無法儲存 {path}：{reason}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已儲存 {name}</translation>
    </message>
</context>
<context>
    <name>BenefitsTab</name>
    <message>
        <source>Benefits and vouchers</source>
        <translation>權益與禮券</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>權益</translation>
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
        <translation>使用次數</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>No benefits or vouchers yet.</source>
        <translation>尚無權益或禮券。</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>使用…</translation>
    </message>
    <message>
        <source>Issue voucher…</source>
        <translation>發放禮券…</translation>
    </message>
    <message>
        <source>Issue from a purchase…</source>
        <translation>按購買發放…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤銷…</translation>
    </message>
    <message>
        <source>for life</source>
        <translation>終身</translation>
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
        <translation>已過期</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>Voucher issued</source>
        <translation>禮券已發放</translation>
    </message>
    <message>
        <source>Benefit issued</source>
        <translation>權益已發放</translation>
    </message>
    <message>
        <source>Benefit used: {benefit}</source>
        <translation>已使用權益：{benefit}</translation>
    </message>
    <message>
        <source>Withdraw the benefit</source>
        <translation>撤銷權益</translation>
    </message>
    <message>
        <source>Withdraw {benefit}? It can no longer be used, on any device. Its uses are kept.

Reason:</source>
        <translation>撤銷{benefit}？撤銷後在任何裝置上都不能再使用，已有的使用紀錄會保留。

原因：</translation>
    </message>
    <message>
        <source>Benefit withdrawn</source>
        <translation>權益已撤銷</translation>
    </message>
    <message>
        <source>Benefit withdrawn.</source>
        <translation>權益已撤銷。</translation>
    </message>
</context>
<context>
    <name>BooksScreen</name>
    <message>
        <source>Books</source>
        <translation>客戶簿</translation>
    </message>
    <message>
        <source>Every advisor&apos;s book</source>
        <translation>所有顧問的客戶簿</translation>
    </message>
    <message>
        <source>Export this book…</source>
        <translation>匯出此名冊…</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Advisor to receive the clients</source>
        <translation>接手客戶的顧問</translation>
    </message>
    <message>
        <source>Handover note: what the new advisor should know</source>
        <translation>交接備註：新顧問需要了解的事項</translation>
    </message>
    <message>
        <source>Move the chosen client</source>
        <translation>轉移所選客戶</translation>
    </message>
    <message>
        <source>Hand over the whole book</source>
        <translation>交接整本客戶簿</translation>
    </message>
    <message>
        <source>To</source>
        <translation>轉給</translation>
    </message>
    <message>
        <source>Suggested to add</source>
        <translation>建議加入</translation>
    </message>
    <message>
        <source>No one to suggest: every client worth a book has an advisor.</source>
        <translation>暫無建議：所有值得維護的客戶都已有顧問。</translation>
    </message>
    <message>
        <source>Add to this book</source>
        <translation>加入此客戶簿</translation>
    </message>
    <message>
        <source>The books of every advisor are kept by store managers.
Your own book is on the Clients screen.</source>
        <translation>所有顧問的客戶簿由門店經理管理。
您自己的客戶簿在「客戶」頁面。</translation>
    </message>
    <message numerus="yes">
        <source>{store}  ·  %n book(s)</source>
        <translation>
            <numerusform>{store}  ·  %n 本客戶簿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move all %n client(s) of {name} to {target}, with their plans and open tasks?</source>
        <translation>
            <numerusform>將{name}的全部 %n 位客戶連同計劃和待辦事項轉給{target}？</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}&apos;s clients</source>
        <translation>{name}的客戶</translation>
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
        <translation>已擁有的作品</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金屬</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>入手日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <source>Stone</source>
        <translation>寶石</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形狀</translation>
    </message>
    <message>
        <source>Carat</source>
        <translation>克拉</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>淨度</translation>
    </message>
    <message>
        <source>Cut / polish / symmetry</source>
        <translation>切工 / 拋光 / 對稱</translation>
    </message>
    <message>
        <source>Fluorescence</source>
        <translation>螢光</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>優化處理</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>鑑定證書</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>腰碼刻字</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>產地</translation>
    </message>
    <message>
        <source>Stones of the chosen piece</source>
        <translation>所選作品的寶石</translation>
    </message>
    <message>
        <source>Document to issue</source>
        <translation>要出具的文件</translation>
    </message>
    <message>
        <source>Issue certificate / care guide…</source>
        <translation>出具證書 / 保養指南…</translation>
    </message>
    <message>
        <source>Remove piece</source>
        <translation>移除作品</translation>
    </message>
    <message>
        <source>Add to the box</source>
        <translation>加入珠寶盒</translation>
    </message>
    <message>
        <source>here</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>他處</translation>
    </message>
    <message>
        <source>Choose a piece to see its certificate data.</source>
        <translation>選擇一件作品以查看其證書資料。</translation>
    </message>
    <message>
        <source>hallmark {mark}</source>
        <translation>印記 {mark}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>序號 {serial}</translation>
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
        <translation>作品已新增</translation>
    </message>
    <message>
        <source>Say which stone it is.</source>
        <translation>請說明是哪種寶石。</translation>
    </message>
    <message>
        <source>Stone added</source>
        <translation>寶石已新增</translation>
    </message>
    <message>
        <source>Remove “{piece}” from the jewellery box? This cannot be undone.</source>
        <translation>從珠寶盒中移除「{piece}」？此操作無法復原。</translation>
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
        <translation>私人品鑑</translation>
    </message>
    <message>
        <source>Bridal consultation</source>
        <translation>婚戒諮詢</translation>
    </message>
    <message>
        <source>Bespoke design session</source>
        <translation>訂製設計</translation>
    </message>
    <message>
        <source>Launch preview</source>
        <translation>新品預覽</translation>
    </message>
    <message>
        <source>Cleaning and inspection</source>
        <translation>清潔與檢測</translation>
    </message>
    <message>
        <source>Repair drop-off or collection</source>
        <translation>維修送取</translation>
    </message>
    <message>
        <source>Virtual consultation</source>
        <translation>線上諮詢</translation>
    </message>
    <message>
        <source>Workshop or masterclass</source>
        <translation>工作坊或大師課</translation>
    </message>
    <message>
        <source>In-store event</source>
        <translation>店內活動</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>待確認</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
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
        <translation>確認</translation>
    </message>
    <message>
        <source>Client arrived</source>
        <translation>客戶已到店</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>取消預約</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Wishlist additions</source>
        <translation>加入願望清單</translation>
    </message>
    <message>
        <source>Next step agreed</source>
        <translation>已約定下一步</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>未購買</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>Calendar</source>
        <translation>行事曆</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>取消預約…</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <source>Previous</source>
        <translation>上一頁</translation>
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
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Advisors</source>
        <translation>顧問</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房間</translation>
    </message>
    <message>
        <source>Rooms and salons</source>
        <translation>房間與貴賓廳</translation>
    </message>
    <message>
        <source>Whose week</source>
        <translation>查看誰的一週</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>新增預約</translation>
    </message>
    <message>
        <source>Book an appointment ({shortcut})</source>
        <translation>新增預約（{shortcut}）</translation>
    </message>
    <message>
        <source>This device has no boutique yet</source>
        <translation>此裝置尚未綁定門店</translation>
    </message>
    <message>
        <source>{store} · times in {zone}</source>
        <translation>{store} · 時間為 {zone} 時區</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>未指定房間</translation>
    </message>
    <message>
        <source>Virtual and counter</source>
        <translation>線上與櫃檯</translation>
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
        <translation>預約已取消：房間、時段和作品均已釋出</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客戶分層</translation>
    </message>
    <message>
        <source>Event fatigue</source>
        <translation>活動疲勞</translation>
    </message>
    <message>
        <source>Invited already</source>
        <translation>已邀請</translation>
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
        <translation>緊急</translation>
    </message>
    <message>
        <source>Service-recovery case</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>New service-recovery case</source>
        <translation>新增客訴</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>建立客訴</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情經過</translation>
    </message>
    <message>
        <source>What the client complains of, in their words</source>
        <translation>客戶投訴的內容，盡量用客戶的原話</translation>
    </message>
    <message>
        <source>— not said —</source>
        <translation>— 未說明 —</translation>
    </message>
    <message>
        <source>Optional: seen only by you, store managers and head office</source>
        <translation>選填：僅您、門店經理和總部可見</translation>
    </message>
    <message>
        <source>A sensitive note is recorded: only the person who opened the case, store managers and head office can read it.</source>
        <translation>此客訴有一則敏感備註：僅建立人、門店經理和總部可以查看。</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>How it reached us</source>
        <translation>投訴管道</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Sensitive note</source>
        <translation>敏感備註</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次回應</translation>
    </message>
    <message>
        <source>The apology made, and how</source>
        <translation>致歉的內容和方式</translation>
    </message>
    <message>
        <source>A complimentary cleaning, a gift…</source>
        <translation>免費清潔、禮品等</translation>
    </message>
    <message>
        <source>Its value, e.g. 1,200</source>
        <translation>價值，例如 1,200</translation>
    </message>
    <message>
        <source>— none yet —</source>
        <translation>— 暫無 —</translation>
    </message>
    <message>
        <source>Save the response</source>
        <translation>儲存回應</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>致歉</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Gesture&apos;s value</source>
        <translation>補償價值</translation>
    </message>
    <message>
        <source>Manager involved</source>
        <translation>參與的門店經理</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決方式</translation>
    </message>
    <message>
        <source>How the case was resolved</source>
        <translation>此客訴是如何解決的</translation>
    </message>
    <message>
        <source>Plan a follow-up check on</source>
        <translation>安排回訪日期</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>標記為已解決</translation>
    </message>
    <message>
        <source>Follow-up check</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>What the client said when you checked back</source>
        <translation>回訪時客戶的回饋</translation>
    </message>
    <message>
        <source>Record the follow-up</source>
        <translation>記錄回訪</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>結案</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Why the case is reopened (required)</source>
        <translation>重新開啟的原因（必填）</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>重新開啟客訴</translation>
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
        <translation>{person} 於 {when} 建立</translation>
    </message>
    <message>
        <source>First response {when}</source>
        <translation>首次回應：{when}</translation>
    </message>
    <message>
        <source>Resolved {when}</source>
        <translation>解決於 {when}</translation>
    </message>
    <message>
        <source>follow-up check due {day}</source>
        <translation>回訪日期 {day}</translation>
    </message>
    <message>
        <source>reopened: {reason}</source>
        <translation>重新開啟：{reason}</translation>
    </message>
    <message>
        <source>Checked back {when}</source>
        <translation>已於 {when} 回訪</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Next appointment {date}</source>
        <translation>下次預約 {date}</translation>
    </message>
    <message>
        <source>Appt {date}</source>
        <translation>預約 {date}</translation>
    </message>
</context>
<context>
    <name>ClientProfilePane</name>
    <message>
        <source>Choose a client from your book, or search for anyone.</source>
        <translation>從您的客戶簿中選擇客戶，或搜尋任何人。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>喜好</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Dates &amp;&amp; people</source>
        <translation>日期與親友</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>購買記錄</translation>
    </message>
    <message>
        <source>Box</source>
        <extracomment>The tab of the pieces the client owns: their jewellery box (珠宝盒).</extracomment>
        <translation>珠寶盒</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The tab of after-sales service: service jobs and service-recovery cases.</extracomment>
        <translation>售後服務</translation>
    </message>
    <message>
        <source>Benefits</source>
        <extracomment>The tab of the client&apos;s benefits (权益) and vouchers.</extracomment>
        <translation>權益</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授權同意</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>已復原：{change}</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>備註已儲存</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已置頂</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Note saved ({marks})</source>
        <translation>備註已儲存（{marks}）</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>沒有可復原的操作</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changes to review</source>
        <translation>待審核的變更</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>沒有需要審核的內容。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Kept at head office</source>
        <translation>總部保留的值</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>未採用的值</translation>
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
        <translation>被總部拒絕的變更</translation>
    </message>
    <message>
        <source>Head office did not accept these changes, so no other device has them. Each is kept on this device.</source>
        <translation>總部未接受以下變更，因此其他裝置上沒有這些變更。每項變更都保存在本裝置。</translation>
    </message>
    <message>
        <source>Added on this device %1</source>
        <translation>%1 在本裝置新增</translation>
    </message>
    <message>
        <source>Removed on this device %1</source>
        <translation>%1 在本裝置刪除</translation>
    </message>
    <message>
        <source>Changed on this device %1</source>
        <translation>%1 在本裝置變更</translation>
    </message>
    <message>
        <source>Tried to set</source>
        <translation>嘗試寫入的值</translation>
    </message>
    <message>
        <source>Head office&apos;s reason</source>
        <translation>總部提出的原因</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>I have seen this</source>
        <translation>我已看過此項</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>從本裝置移除</translation>
    </message>
    <message>
        <source>Head office does not have it: remove it here too, so this device agrees</source>
        <translation>總部沒有這筆記錄：在本裝置上也移除，使本裝置與總部一致</translation>
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
        <translation>本裝置上沒有的記錄</translation>
    </message>
    <message>
        <source>on this device</source>
        <translation>來自本裝置</translation>
    </message>
    <message>
        <source>at head office</source>
        <translation>來自總部</translation>
    </message>
    <message>
        <source>on device %1</source>
        <translation>來自裝置 %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Spoken</source>
        <translation>口頭</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>紙本表格</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授權同意</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>記錄授權同意</translation>
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
        <translation>所有管道</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考編號</translation>
    </message>
    <message>
        <source>The client signs here</source>
        <translation>請客戶在此簽名</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>表格編號</translation>
    </message>
    <message>
        <source>The number printed on the signed form</source>
        <translation>已簽表格上印的編號</translation>
    </message>
    <message>
        <source>The message or web form reference (optional)</source>
        <translation>訊息或網頁表單的參考編號（選填）</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Consent</source>
        <translation>授權同意</translation>
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
        <translation>決定</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記錄時間</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>Grant consent…</source>
        <translation>給予授權同意…</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>撤回授權同意…</translation>
    </message>
    <message>
        <source>Documents issued</source>
        <translation>已出具的文件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
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
        <translation>語言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Open the chosen document to print or save it</source>
        <translation>開啟所選文件以列印或儲存</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人資料</translation>
    </message>
    <message>
        <source>The client may ask for everything held about them, or to be erased. Both are recorded in the audit log.</source>
        <translation>客戶可要求取得我們保存的全部個人資料，或要求刪除。兩者均記入稽核日誌。</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>匯出資料…</translation>
    </message>
    <message>
        <source>Erase client…</source>
        <translation>刪除客戶資料…</translation>
    </message>
    <message>
        <source>Merge with another record…</source>
        <translation>與另一筆記錄合併…</translation>
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
        <translation>匯出客戶資料</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已匯出至 {path}</translation>
    </message>
    <message>
        <source>Erase the client</source>
        <translation>刪除客戶資料</translation>
    </message>
    <message>
        <source>Erase {name} on this device, at head office and on every device that syncs?

Their name, contacts, preferences, sizes, notes, dates, people, wishlist and jewellery box are removed for good. Purchases, documents and appointments stay for the house&apos;s accounts, without personal details. This cannot be undone.

Reason (for example, the client&apos;s written request):</source>
        <translation>要在本裝置、總部及所有同步裝置上刪除 {name} 的資料嗎？

其姓名、聯絡方式、偏好、尺寸、備註、日期、相關人士、願望清單和珠寶盒將被永久刪除。購買記錄、文件和預約將為帳目保留，但不含個人資訊。此操作無法復原。

原因（例如客戶的書面請求）：</translation>
    </message>
    <message>
        <source>Client erased</source>
        <translation>客戶資料已刪除</translation>
    </message>
    <message>
        <source>Client erased.</source>
        <translation>客戶資料已刪除。</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Add a contact</source>
        <translation>新增聯絡方式</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>新增聯絡方式</translation>
    </message>
    <message>
        <source>number, address or handle</source>
        <translation>號碼、地址或帳號</translation>
    </message>
    <message>
        <source>e.g. mobile, assistant</source>
        <translation>例如：手機、助理</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
</context>
<context>
    <name>ContactHow</name>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Add an important date</source>
        <translation>新增重要日期</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>新增日期</translation>
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
        <translation>事項</translation>
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
        <translation>標籤</translation>
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
        <translation>事項</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Remove date</source>
        <translation>刪除日期</translation>
    </message>
    <message>
        <source>Partner, family and gift recipients</source>
        <translation>伴侶、家人與送禮對象</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>移除此人</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>當天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ahead</source>
        <translation>
            <numerusform>提前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>日期已新增</translation>
    </message>
    <message>
        <source>Date removed</source>
        <translation>日期已刪除</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>已新增此人</translation>
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
        <translation>無法建立示範門店：此安裝缺少示範模組（{error}）。</translation>
    </message>
    <message>
        <source>The demo store cannot be built: jeweldesk.demo has no build().</source>
        <translation>無法建立示範門店：jeweldesk.demo 沒有 build()。</translation>
    </message>
    <message>
        <source>The demo store could not be built: {error}</source>
        <translation>示範門店建立失敗：{error}</translation>
    </message>
    <message>
        <source>JewelDesk demo</source>
        <translation>JewelDesk 示範</translation>
    </message>
    <message>
        <source>Preparing the demo store (first use only)…</source>
        <translation>正在準備示範門店（僅首次使用）…</translation>
    </message>
    <message>
        <source>Preparing the demo store: {step}…</source>
        <translation>正在準備示範門店：{step}…</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>e.g. Mrs Wang, Claire</source>
        <translation>例如：王太太、Claire</translation>
    </message>
    <message>
        <source>no preference</source>
        <translation>無偏好</translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation>稱呼</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>聯絡時段</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel appointment</source>
        <translation>取消預約</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>原因（選填）：</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存為</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>e.g. diamond</source>
        <translation>例如：鑽石</translation>
    </message>
    <message>
        <source>report no.</source>
        <translation>證書編號</translation>
    </message>
    <message>
        <source>Stone</source>
        <translation>寶石</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>產地</translation>
    </message>
    <message>
        <source>Carat</source>
        <translation>克拉</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>淨度</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>鑑定機構</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>證書</translation>
    </message>
    <message>
        <source>Hand over the whole book</source>
        <translation>交接整本客戶簿</translation>
    </message>
    <message>
        <source>{count} seats</source>
        <translation>{count} 個座位</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Page {number}</source>
        <translation>第 {number} 頁</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一頁</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一頁 ›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>This document cannot be shown here; it can still be saved.</source>
        <translation>此文件無法在此顯示，但仍可儲存。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存為…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 頁，共 {count} 頁</translation>
    </message>
    <message>
        <source>No printer is set up on this device. Ask the store manager to add one, or save the PDF and print it from another computer.</source>
        <translation>此裝置尚未設定印表機。請聯絡門店經理新增，或儲存 PDF 後在其他電腦上列印。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>已將 %n 頁傳送到印表機。</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be printed: check the printer is on and has paper, or save the PDF and print it from another computer.</source>
        <translation>文件無法列印：請檢查印表機已開啟且有紙，或儲存 PDF 後在其他電腦上列印。</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>無法儲存 {name}：{reason}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已儲存 {name}</translation>
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
        <translation>編輯客戶</translation>
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
        <translation>例如 Wong Mei Ling</translation>
    </message>
    <message>
        <source>e.g. Mrs Wang, 王女士</source>
        <translation>例如 Mrs Wong、黃太</translation>
    </message>
    <message>
        <source>e.g. 1988-02-29, or 05-01</source>
        <translation>例如 1988-02-29 或 05-01</translation>
    </message>
    <message>
        <source>Only a store manager can move a client to another store.</source>
        <translation>只有門店經理可以把客戶轉到另一家門店。</translation>
    </message>
    <message>
        <source>Name in its own script</source>
        <translation>本國文字姓名</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>稱謂</translation>
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
        <translation>稱呼</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Home store</source>
        <translation>所屬門店</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>首選</translation>
    </message>
    <message>
        <source>number, address or handle</source>
        <translation>號碼、地址或帳號</translation>
    </message>
    <message>
        <source>e.g. 204</source>
        <translation>例如 204</translation>
    </message>
    <message>
        <source>e.g. mobile, office</source>
        <translation>例如 手機、辦公室</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>分機</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>新增聯絡方式</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>儲存聯絡方式</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>設為首選</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>ext. {number}</source>
        <translation>轉 {number}</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>聯絡方式已新增</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>聯絡方式已儲存</translation>
    </message>
    <message>
        <source>Made primary</source>
        <translation>已設為首選</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>聯絡方式已刪除</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>編輯活動</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <source>e.g. Jardin collection preview</source>
        <translation>例如：花園系列預覽</translation>
    </message>
    <message>
        <source>Chinese title (optional)</source>
        <translation>中文名稱（選填）</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>不指定房間</translation>
    </message>
    <message>
        <source>No host</source>
        <translation>不指定主持人</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限人數</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Room or salon</source>
        <translation>房間或貴賓廳</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容納人數</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>儲存活動</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>建立活動</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Event</source>
        <translation>活動</translation>
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
        <translation>已接受的客戶及其隨行賓客 / 名額</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <source>No events yet. A store manager creates them with New event.</source>
        <translation>暫無活動。門店經理可透過「新增活動」建立。</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>邀請…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>取消活動</translation>
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
        <translation>隨行賓客人數</translation>
    </message>
    <message>
        <source>Guests: </source>
        <translation>隨行賓客：</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>回覆：</translation>
    </message>
    <message>
        <source>%1 · times in %2</source>
        <translation>%1 · 時間按 %2</translation>
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
            <numerusform>已邀請 %n 位</numerusform>
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
        <translation>已佔 %1 / %2 個名額</translation>
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
        <translation>匯出客戶名冊</translation>
    </message>
    <message>
        <source>Export {name}&apos;s book</source>
        <translation>匯出 {name} 的客戶名冊</translation>
    </message>
    <message>
        <source>Names, contacts, segment, birthday, last contact and marketing consent. Notes are never exported; the export is kept in the audit log.</source>
        <translation>包括姓名、聯絡方式、客戶分層、生日、最近聯絡和行銷同意。備註從不匯出；每次匯出都記入稽核日誌。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 活頁簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation>CSV 檔案 (.csv)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>The whole book</source>
        <translation>整個名冊</translation>
    </message>
    <message>
        <source>For a campaign</source>
        <translation>用於行銷活動</translation>
    </message>
    <message>
        <source>Only the clients who agreed to marketing, and of their phone and e-mail only those they agreed to be contacted on.</source>
        <translation>僅包括同意接收行銷資訊的客戶，且電話和電郵只保留客戶同意用於聯絡的那些。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Export the book</source>
        <translation>匯出名冊</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) written to {path}</source>
        <translation>
            <numerusform>已將 %n 位客戶寫入 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Welcome to JewelDesk</source>
        <translation>歡迎使用 JewelDesk</translation>
    </message>
    <message>
        <source>This device holds no store yet. Try the demo, or enrol it with the code head office gave you.</source>
        <translation>此裝置尚未綁定門店。您可以先試用示範，或使用總部提供的註冊碼註冊此裝置。</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>試用示範</translation>
    </message>
    <message>
        <source>Three boutiques (Shanghai, Hong Kong, Paris) with their clients, on this device only.</source>
        <translation>三家精品店（上海、香港、巴黎）及其客戶，僅儲存在此裝置上。</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>開啟示範</translation>
    </message>
    <message>
        <source>Enrol this device</source>
        <translation>註冊此裝置</translation>
    </message>
    <message>
        <source>Head-office address, e.g. https://hq.example.com</source>
        <translation>總部地址，例如 https://hq.example.com</translation>
    </message>
    <message>
        <source>Head-office address</source>
        <translation>總部地址</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>註冊碼</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>註冊</translation>
    </message>
    <message>
        <source>Enrolling with head office and fetching the store…</source>
        <translation>正在向總部註冊並下載門店資料…</translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation>註冊成功。</translation>
    </message>
</context>
<context>
    <name>GuestTableModel</name>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>隨行賓客</translation>
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
        <translation>互動記錄</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>記錄聯絡…</translation>
    </message>
    <message>
        <source>Service jobs</source>
        <translation>維修保養單</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>售後服務</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Ready by</source>
        <translation>預計完成</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估價</translation>
    </message>
    <message>
        <source>Condition at intake</source>
        <translation>收件時狀況</translation>
    </message>
    <message>
        <source>Service-recovery cases</source>
        <translation>客訴處理</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開立日期</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>時效</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>新增客訴…</translation>
    </message>
    <message>
        <source>Work on the case…</source>
        <translation>處理客訴…</translation>
    </message>
    <message>
        <source>checked {day}</source>
        <translation>{day} 已回訪</translation>
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
        <translation>匯入客戶…</translation>
    </message>
    <message>
        <source>Import clients from a file</source>
        <translation>從檔案匯入客戶</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（帶 BOM）</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Simplified Chinese)</source>
        <translation>GBK / GB18030（簡體中文）</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5（繁體中文）</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不匯入 —</translation>
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
        <translation>稱謂</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Membership tier</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Lifetime spend</source>
        <translation>累計消費</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <source>Accepts marketing</source>
        <translation>接受營銷</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Choose a client list</source>
        <translation>選擇客戶名單</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>客戶名單 (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>匯入客戶</translation>
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
        <translation>來自電子表格、收銀系統或網店的客戶名單：CSV、TSV 或 Excel 檔案，每行一位客戶，第一行為列名。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>尚未選擇檔案</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本編碼</translation>
    </message>
    <message>
        <source>The first rows as read</source>
        <translation>讀取到的前幾行</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Each column of the file and the JewelDesk field it fills. Columns named as in the common exports are chosen for you; change any of them here. Your choice is kept for the next file with the same columns.</source>
        <translation>檔案的每一列及其對應的 JewelDesk 欄位。常見匯出格式的列名已自動對應，可在此逐一修改。您的選擇會保留，下次匯入相同列的檔案時沿用。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首行內容</translation>
    </message>
    <message>
        <source>JewelDesk field</source>
        <translation>JewelDesk 欄位</translation>
    </message>
    <message>
        <source>Columns and the fields they fill</source>
        <translation>各列及其對應欄位</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>將匯入</translation>
    </message>
    <message>
        <source>Proposed merges</source>
        <translation>建議合併</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>已匯入過</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>Values left out</source>
        <translation>略去的值</translation>
    </message>
    <message>
        <source>Rows to read about</source>
        <translation>需要檢視的行</translation>
    </message>
    <message>
        <source>Every row can be imported as it is.</source>
        <translation>所有行均可按原樣匯入。</translation>
    </message>
    <message>
        <source>These rows look like clients JewelDesk already has. Check each pair: a merge adds the file&apos;s new phone numbers, e-mails and birthday to the client already on file, and changes nothing else.</source>
        <translation>這些行看起來是 JewelDesk 中已有的客戶。請逐對核對：合併只會把檔案中新的電話、郵箱和生日加到已有客戶上，不改動其他內容。</translation>
    </message>
    <message>
        <source>Merge them into the clients already on file</source>
        <translation>合併到已有客戶</translation>
    </message>
    <message>
        <source>Leave these rows out of this import</source>
        <translation>本次匯入略過這些行</translation>
    </message>
    <message>
        <source>Changed your mind? Undo removes every client and detail this import added, as long as nobody has changed them since.</source>
        <translation>改變主意了？撤銷會刪除本次匯入新增的所有客戶和資訊，前提是此後無人修改過它們。</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤銷本次匯入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核對</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>As detected: {encoding}</source>
        <translation>自動識別：{encoding}</translation>
    </message>
    <message>
        <source>Detected from the file</source>
        <translation>從檔案自動識別</translation>
    </message>
    <message numerus="yes">
        <source>%n client row(s) in the file.</source>
        <translation>
            <numerusform>檔案中有 %n 行客戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>If the names below look garbled, choose the encoding by hand.</source>
        <translation>如果下方姓名顯示為亂碼，請手動選擇編碼。</translation>
    </message>
    <message>
        <source>An Excel workbook carries its own encoding.</source>
        <translation>Excel 工作簿自帶編碼。</translation>
    </message>
    <message>
        <source>Field for the column “{header}”</source>
        <translation>“{header}”列對應的欄位</translation>
    </message>
    <message>
        <source>Columns as you chose them last time for this file.</source>
        <translation>沿用您上次為此類檔案選擇的列對應。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the columns recognised.</source>
        <translation>
            <numerusform>已識別 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>No column was recognised: choose each field by hand.</source>
        <translation>未識別任何列：請手動選擇每個欄位。</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s) read.</source>
        <translation>
            <numerusform>{file}：已讀取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>不匯入的列：{columns}。</translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) skipped.</source>
        <translation>
            <numerusform>已跳過 %n 個空行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在匯入 {file}…</translation>
    </message>
    <message>
        <source>Importing row {done} of {total}…</source>
        <translation>正在匯入第 {done} 行，共 {total} 行…</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) added.</source>
        <translation>
            <numerusform>已新增 %n 位客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into clients already on file.</source>
        <translation>
            <numerusform>%n 行已合併到已有客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed merge(s) left out.</source>
        <translation>
            <numerusform>已略過 %n 個建議合併。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already imported.</source>
        <translation>
            <numerusform>%n 行此前已匯入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n 行未匯入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) left out.</source>
        <translation>
            <numerusform>略去了 %n 個值。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>本次匯入已撤銷。</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) removed, with everything the import added.</source>
        <translation>
            <numerusform>已刪除 %n 位客戶，以及本次匯入新增的所有資訊。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Add as a new client</source>
        <translation>新建客戶</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>檔案中</translation>
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
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Matches several records: left out</source>
        <translation>與多條記錄相符：略過</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>邀請參加%1</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>我的客戶簿</translation>
    </message>
    <message>
        <source>All the store&apos;s clients</source>
        <translation>本門店全部客戶</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>全部分層</translation>
    </message>
    <message>
        <source>Loves… (a stone, a collection)</source>
        <translation>喜愛…（寶石、系列）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客戶分層</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>全選</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) chosen</source>
        <translation>
            <numerusform>已選 %n 位客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a fatigue warning</source>
        <translation>
            <numerusform>其中 %n 位有活動疲勞提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…另有 %n 則</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite anyway</source>
        <translation>仍然邀請</translation>
    </message>
</context>
<context>
    <name>KpiScreen</name>
    <message>
        <source>KPIs</source>
        <translation>業績指標</translation>
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
        <translation>本季</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆蓋率</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>準時跟進</translation>
    </message>
    <message>
        <source>Complete records</source>
        <translation>資料完整</translation>
    </message>
    <message>
        <source>Appointment conversion</source>
        <translation>預約轉換率</translation>
    </message>
    <message>
        <source>Every figure with what it is out of</source>
        <translation>每個數字均附分母</translation>
    </message>
    <message>
        <source>Sign in to see your figures.</source>
        <translation>登入後查看您的數據。</translation>
    </message>
    <message>
        <source>{name}  ·  {start} – {end}</source>
        <translation>{name}  ·  {start} – {end}</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>我的客戶簿</translation>
    </message>
    <message>
        <source>Store {code}</source>
        <translation>門店 {code}</translation>
    </message>
    <message numerus="yes">
        <source>{scope} · %n client(s)</source>
        <translation>
            <numerusform>{scope} · %n 位客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>no clients in the book</source>
        <translation>客戶簿中暫無客戶</translation>
    </message>
    <message>
        <source>nothing due in the period</source>
        <translation>此期間無到期事項</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>準時</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉換</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>回購</translation>
    </message>
    <message>
        <source>RATES, %</source>
        <translation>比率（%）</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀請</translation>
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
        <translation>已購買</translation>
    </message>
    <message>
        <source>EVENTS · {scope}</source>
        <translation>活動 · {scope}</translation>
    </message>
    <message>
        <source>NONE IN THE PERIOD</source>
        <translation>此期間沒有</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>– (none due)</source>
        <translation>–（無到期）</translation>
    </message>
    <message>
        <source>– (no clients)</source>
        <translation>–（無客戶）</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <source>Coverage (contacted in 30 days)</source>
        <translation>覆蓋率（30 天內有聯絡）</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>準時完成的跟進</translation>
    </message>
    <message>
        <source>Complete records</source>
        <translation>資料完整</translation>
    </message>
    <message>
        <source>Appointments that led to a purchase</source>
        <translation>促成購買的預約</translation>
    </message>
    <message>
        <source>Buyers who came back</source>
        <translation>回頭購買的客戶</translation>
    </message>
    <message>
        <source>Service cases answered within 2 h</source>
        <translation>2 小時內回覆的客訴</translation>
    </message>
    <message>
        <source>Service cases resolved within 24 h</source>
        <translation>24 小時內解決的客訴</translation>
    </message>
    <message>
        <source>Benefits used</source>
        <translation>已使用的禮遇</translation>
    </message>
    <message>
        <source>Vouchers used</source>
        <translation>已使用的禮券</translation>
    </message>
    <message>
        <source>Event: invited</source>
        <translation>活動：已邀請</translation>
    </message>
    <message>
        <source>Event: accepted</source>
        <translation>活動：已接受</translation>
    </message>
    <message>
        <source>Event: attended</source>
        <translation>活動：已出席</translation>
    </message>
    <message>
        <source>Event: purchased after</source>
        <translation>活動：會後購買</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>JewelDesk — locked</source>
        <translation>JewelDesk — 已鎖定</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Event attendance</source>
        <translation>活動出席</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>記錄聯絡</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Note (optional): what was said</source>
        <translation>備註（選填）：談了什麼</translation>
    </message>
    <message>
        <source>This completes the action</source>
        <translation>完成此行動</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
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
        <translation>搜尋姓名、拼音、電話、電郵、證書…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>搜尋客戶</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>正在開啟門市資料…</translation>
    </message>
    <message>
        <source>Not signed in: search for a client</source>
        <translation>未登入：請搜尋客戶</translation>
    </message>
    <message numerus="yes">
        <source>My book · %n client(s)</source>
        <translation>
            <numerusform>我的客戶簿 · %n 位客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for “{query}”</source>
        <translation>
            <numerusform>「{query}」有 %n 個結果</numerusform>
        </translation>
    </message>
    <message>
        <source>No client matches “{query}”</source>
        <translation>沒有符合「{query}」的客戶</translation>
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
        <translation>開啟現有客戶</translation>
    </message>
    <message>
        <source>Open existing client {name}</source>
        <translation>開啟現有客戶 {name}</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <source>Already on file? This may be the same person:</source>
        <translation>已有記錄？可能是同一人：</translation>
    </message>
</context>
<context>
    <name>MeasurementEditor</name>
    <message>
        <source>Wrist and neck</source>
        <translation>手腕與頸圍</translation>
    </message>
    <message>
        <source>Save length</source>
        <translation>儲存長度</translation>
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
        <translation>長度</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Title</source>
        <translation>稱謂</translation>
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
        <translation>姓名順序</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Romanised name</source>
        <translation>拼音／英文姓名</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>問候稱呼</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>首選聯絡渠道</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>聯絡時段</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>購買記錄</translation>
    </message>
    <message>
        <source>pieces in the jewellery box</source>
        <translation>珠寶盒中的作品</translation>
    </message>
    <message>
        <source>wishlist items</source>
        <translation>願望清單項目</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>consent decisions</source>
        <translation>同意記錄</translation>
    </message>
    <message>
        <source>benefits</source>
        <translation>權益</translation>
    </message>
    <message>
        <source>contacts logged</source>
        <translation>聯絡記錄</translation>
    </message>
    <message>
        <source>service jobs</source>
        <translation>維修保養單</translation>
    </message>
    <message>
        <source>service cases</source>
        <translation>服務補救個案</translation>
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
        <translation>關係人</translation>
    </message>
    <message>
        <source>book entries</source>
        <translation>名冊記錄</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>待辦行動</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>invitations</source>
        <translation>邀請</translation>
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
        <translation>合併兩位客戶</translation>
    </message>
    <message>
        <source>Merge another record into {name}</source>
        <translation>將另一筆記錄合併到 {name}</translation>
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
        <translation>合併</translation>
    </message>
    <message>
        <source>Find the other record of the same person by name, phone or e-mail. Nothing changes until you have reviewed both and chosen Merge.</source>
        <translation>按姓名、電話或電郵查找同一人的另一筆記錄。在您核對兩筆記錄並選擇「合併」之前，不會有任何變更。</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>姓名、電話或電郵</translation>
    </message>
    <message>
        <source>No other client matches</source>
        <translation>沒有其他相符的客戶</translation>
    </message>
    <message>
        <source>Keep: {name}</source>
        <translation>保留：{name}</translation>
    </message>
    <message>
        <source>Merge in: {name}</source>
        <translation>併入：{name}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Moves to {name}: {what}. The other record is then removed.</source>
        <translation>將移至 {name}：{what}。隨後刪除另一筆記錄。</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>無其他內容</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Type the name in any script, the phone or the e-mail: anyone already on file is offered as you type.</source>
        <translation>輸入任何文字的姓名、電話或電子郵件：已有記錄的客戶會在輸入時列出。</translation>
    </message>
    <message>
        <source>e.g. 王美玲, 陳嘉欣, Claire Dubois</source>
        <translation>例如 王美玲、陳嘉欣、Claire Dubois</translation>
    </message>
    <message>
        <source>filled in from a Chinese name</source>
        <translation>由中文姓名自動填寫</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678</source>
        <translation>例如 9123 4567</translation>
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
        <translation>與門店相同</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Add as a new client</source>
        <translation>仍新增為新客戶</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Notes, newest first, pinned on top</source>
        <translation>備註：最新在前，置頂在上</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置頂</translation>
    </message>
    <message>
        <source>Mark sensitive</source>
        <translation>標為敏感</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message numerus="yes">
        <source>%n sensitive note(s) not shown</source>
        <translation>
            <numerusform>%n 則敏感備註未顯示</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置頂</translation>
    </message>
    <message>
        <source>Not sensitive</source>
        <translation>取消敏感</translation>
    </message>
    <message>
        <source>Note pinned</source>
        <translation>備註已置頂</translation>
    </message>
    <message>
        <source>Note unpinned</source>
        <translation>備註已取消置頂</translation>
    </message>
    <message>
        <source>Note marked sensitive</source>
        <translation>備註已標為敏感</translation>
    </message>
    <message>
        <source>Note no longer sensitive</source>
        <translation>備註已取消敏感</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>備註已編輯</translation>
    </message>
</context>
<context>
    <name>OpenCasesDialog</name>
    <message>
        <source>Open service-recovery cases</source>
        <translation>處理中的客訴</translation>
    </message>
    <message>
        <source>No open case: every complaint has been resolved.</source>
        <translation>沒有處理中的客訴：所有投訴均已解決。</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>開啟客訴</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n 筆處理中的客訴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 筆已逾時</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenCasesModel</name>
    <message>
        <source>SLA</source>
        <translation>時效</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>建立時間</translation>
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
        <translation>喜好一覽</translation>
    </message>
    <message>
        <source>Sizes and family</source>
        <translation>尺寸與家人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Jewellery box</source>
        <translation>珠寶盒</translation>
    </message>
    <message>
        <source>Recent purchases</source>
        <translation>近期購買</translation>
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
        <translation>最新的肖像照會顯示在客戶簿和簡報上。支援 JPEG、PNG 或 WebP，最大 15 MB。</translation>
    </message>
    <message>
        <source>Photo of</source>
        <translation>照片內容</translation>
    </message>
    <message>
        <source>Add from a file…</source>
        <translation>從檔案新增…</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>拍照…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>還沒有照片</translation>
    </message>
    <message>
        <source>The client (portrait)</source>
        <translation>客戶本人（肖像）</translation>
    </message>
    <message>
        <source>Arriving…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>肖像</translation>
    </message>
    <message>
        <source>At intake</source>
        <translation>收件時</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>珠寶</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>照片已新增</translation>
    </message>
    <message>
        <source>Photo removed</source>
        <translation>照片已刪除</translation>
    </message>
</context>
<context>
    <name>PieceEditor</name>
    <message>
        <source>Add a piece the client owns</source>
        <translation>新增客戶擁有的作品</translation>
    </message>
    <message>
        <source>Add piece</source>
        <translation>新增作品</translation>
    </message>
    <message>
        <source>e.g. solitaire ring, bought in Paris</source>
        <translation>例如：單鑽戒指，購於巴黎</translation>
    </message>
    <message>
        <source>e.g. platinum</source>
        <translation>例如：鉑金</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金屬</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
</context>
<context>
    <name>PieceTile</name>
    <message>
        <source>Arriving…</source>
        <translation>正在傳送…</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>刪除最後一位</translation>
    </message>
</context>
<context>
    <name>PreferenceEditor</name>
    <message>
        <source>Add a preference</source>
        <translation>新增喜好</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>e.g. platinum, emerald, champagne</source>
        <translation>例如：鉑金、祖母綠、香檳</translation>
    </message>
    <message>
        <source>optional detail</source>
        <translation>補充說明（選填）</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>喜好程度</translation>
    </message>
    <message>
        <source>About</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>說明</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <source>Loves, likes, dislikes, avoid</source>
        <translation>鍾愛、喜歡、不喜歡、避免</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>喜好程度</translation>
    </message>
    <message>
        <source>About</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用於</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記錄時間</translation>
    </message>
    <message>
        <source>Remove preference</source>
        <translation>刪除喜好</translation>
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
        <translation>資料與聯絡方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>刪除聯絡方式</translation>
    </message>
    <message>
        <source>ext. {number}</source>
        <translation>轉 {number}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Preference added</source>
        <translation>喜好已新增</translation>
    </message>
    <message>
        <source>Preference removed</source>
        <translation>喜好已刪除</translation>
    </message>
    <message>
        <source>Ring size saved</source>
        <translation>戒指尺寸已儲存</translation>
    </message>
    <message>
        <source>Length saved</source>
        <translation>長度已儲存</translation>
    </message>
    <message>
        <source>Details saved</source>
        <translation>資料已儲存</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>聯絡方式已新增</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>聯絡方式已刪除</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>Allergies</source>
        <translation>過敏</translation>
    </message>
    <message>
        <source>Greet as {name}</source>
        <translation>稱呼：{name}</translation>
    </message>
    <message>
        <source>home store {code}</source>
        <translation>所屬門店 {code}</translation>
    </message>
    <message>
        <source>advisor {names}</source>
        <translation>顧問 {names}</translation>
    </message>
    <message>
        <source>advisors {names}</source>
        <translation>顧問 {names}</translation>
    </message>
    <message>
        <source>in no advisor&apos;s book</source>
        <translation>不在任何顧問的客戶簿中</translation>
    </message>
    <message>
        <source>loyalty {tier}</source>
        <translation>會員 {tier}</translation>
    </message>
    <message>
        <source>loyalty {tier}, {points} points</source>
        <translation>會員 {tier}，{points} 積分</translation>
    </message>
</context>
<context>
    <name>PurchaseBenefitDialog</name>
    <message>
        <source>Issue a benefit from a purchase</source>
        <translation>按購買發放權益</translation>
    </message>
    <message>
        <source>Issue benefit</source>
        <translation>發放權益</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購買紀錄</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>權益</translation>
    </message>
    <message>
        <source>Lifetime cleaning and inspection</source>
        <translation>終身免費清洗與檢查</translation>
    </message>
    <message>
        <source>Unlimited uses, for life.</source>
        <translation>終身有效，不限次數。</translation>
    </message>
    <message>
        <source>Free resizing within six months</source>
        <translation>六個月內免費改圈</translation>
    </message>
    <message>
        <source>Once, within six months of the purchase&apos;s date.</source>
        <translation>自購買之日起六個月內，限一次。</translation>
    </message>
    <message>
        <source>Anniversary engraving</source>
        <translation>週年紀念免費刻字</translation>
    </message>
    <message>
        <source>On each wedding anniversary, with no end date.</source>
        <translation>每逢結婚週年紀念日，長期有效。</translation>
    </message>
</context>
<context>
    <name>PurchaseEditor</name>
    <message>
        <source>Record a purchase (when no till feed exists)</source>
        <translation>登記購買（收銀系統未同步時）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登記</translation>
    </message>
    <message>
        <source>what was bought</source>
        <translation>購買的作品</translation>
    </message>
    <message>
        <source>price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序號</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <source>Purchases in every store</source>
        <translation>所有門店的購買記錄</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>門店</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
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
        <translation>收據</translation>
    </message>
    <message>
        <source>Wishlist</source>
        <translation>願望清單</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>願望</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>bought {day}</source>
        <translation>{day} 已購買</translation>
    </message>
    <message>
        <source>wished</source>
        <translation>願望中</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Remove wish</source>
        <translation>刪除願望</translation>
    </message>
    <message>
        <source>Purchase recorded</source>
        <translation>購買已登記</translation>
    </message>
    <message>
        <source>Wish added</source>
        <translation>願望已新增</translation>
    </message>
    <message>
        <source>Wish removed</source>
        <translation>願望已刪除</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>Note while you talk… Enter saves (Ctrl+N)</source>
        <translation>邊聊邊記備註… 按 Enter 儲存（Ctrl+N）</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新備註</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter saves; Shift+Enter starts a new line</source>
        <translation>Enter 或 Ctrl+Enter 儲存；Shift+Enter 換行</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置頂</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Only you, store managers and head office will see it</source>
        <translation>僅您本人、門店經理和總部可見</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>儲存備註</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Use a benefit</source>
        <translation>使用權益</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>券碼</translation>
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
        <translation>剩餘次數</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>使用條件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>what it was used for, e.g. ring resized to 13</source>
        <translation>用於何事，例如：戒指改為 13 號</translation>
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
        <translation>終身</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) left</source>
        <translation>
            <numerusform>剩餘 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipEditor</name>
    <message>
        <source>Add someone close</source>
        <translation>新增親友</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>新增此人</translation>
    </message>
    <message>
        <source>name, any script</source>
        <translation>姓名（任何文字）</translation>
    </message>
    <message>
        <source>search the clients to link…</source>
        <translation>搜尋要關聯的客戶…</translation>
    </message>
    <message>
        <source>not a client</source>
        <translation>非客戶</translation>
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
        <translation>關聯客戶</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客戶</translation>
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
        <translation>儲存尺寸</translation>
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
        <translation>尺寸標準</translation>
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
        <translation>客戶簿</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>業績指標</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>行事曆</translation>
    </message>
</context>
<context>
    <name>ServiceJobDialog</name>
    <message>
        <source>Photos of the piece at intake</source>
        <translation>收件時的首飾相片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>圖片 (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
    <message>
        <source>Take in for service</source>
        <translation>收件維修保養</translation>
    </message>
    <message>
        <source>Service job</source>
        <translation>維修保養單</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>客戶簽名</translation>
    </message>
    <message>
        <source>The client signs to leave the piece in the house&apos;s care</source>
        <translation>客戶簽名確認將首飾交由本品牌保管</translation>
    </message>
    <message>
        <source>The piece</source>
        <translation>首飾</translation>
    </message>
    <message>
        <source>For example “Gold bangle, engraved inside”</source>
        <translation>例如「內圈刻字的金手鐲」</translation>
    </message>
    <message>
        <source>18k yellow gold</source>
        <translation>18K 黃金</translation>
    </message>
    <message>
        <source>From the jewellery box</source>
        <translation>從珠寶盒中選擇</translation>
    </message>
    <message>
        <source>A piece not in the box</source>
        <translation>不在珠寶盒中的首飾</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金屬</translation>
    </message>
    <message>
        <source>The work</source>
        <translation>工作內容</translation>
    </message>
    <message>
        <source>For example “resize from 52 to 54”</source>
        <translation>例如「從 52 號改至 54 號」</translation>
    </message>
    <message>
        <source>Empty: to follow</source>
        <translation>留空：稍後報價</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Work asked for</source>
        <translation>所需工作</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>預估費用</translation>
    </message>
    <message>
        <source>Ready by</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Condition at intake</source>
        <translation>收件時狀況</translation>
    </message>
    <message>
        <source>Scratches, loose or missing stones, wear, marks: what the client sees too</source>
        <translation>刮痕、鬆動或缺失的寶石、磨損、印記：客戶也能看到的狀況</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>新增相片…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Sent to the workshop</source>
        <translation>已送往工坊</translation>
    </message>
    <message>
        <source>Back from the workshop: ready</source>
        <translation>已從工坊取回：可取件</translation>
    </message>
    <message>
        <source>Client collects…</source>
        <translation>客戶取件…</translation>
    </message>
    <message>
        <source>Return unrepaired…</source>
        <translation>未修退回…</translation>
    </message>
    <message>
        <source>Cancel the job…</source>
        <translation>取消工單…</translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation>維修收據</translation>
    </message>
    <message>
        <source>Collection slip</source>
        <translation>取件單</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Take in and issue the receipt</source>
        <translation>收件並開立收據</translation>
    </message>
    <message>
        <source>{piece} (in for service: {number})</source>
        <translation>{piece}（維修保養中：{number}）</translation>
    </message>
    <message>
        <source>A piece not in the box…</source>
        <translation>不在珠寶盒中的首飾…</translation>
    </message>
    <message>
        <source>Estimate ({currency})</source>
        <translation>預估費用（{currency}）</translation>
    </message>
    <message>
        <source>Pieces are taken in by advisors, VIC consultants and store managers.</source>
        <translation>首飾由顧問、VIC 貴賓顧問和門店經理收件。</translation>
    </message>
    <message>
        <source>Service job {number}</source>
        <translation>維修保養單 {number}</translation>
    </message>
    <message>
        <source>to follow</source>
        <translation>稍後報價</translation>
    </message>
    <message>
        <source>Signed at intake, {when}</source>
        <translation>收件時簽名，{when}</translation>
    </message>
    <message>
        <source>No signature on record: taken in before signatures were drawn here</source>
        <translation>無簽名記錄：此件在本裝置開始手寫簽名前收件</translation>
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
        <translation>承諾完成日期：{day}</translation>
    </message>
    <message>
        <source>Photo at intake</source>
        <translation>收件相片</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) to attach</source>
        <translation>
            <numerusform>%n 張照片待附上</numerusform>
        </translation>
    </message>
    <message>
        <source>Job {number} taken in</source>
        <translation>已收件：工單 {number}</translation>
    </message>
    <message>
        <source>Return unrepaired</source>
        <translation>未修退回</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>取消工單</translation>
    </message>
    <message>
        <source>Why does the piece go back without the work?</source>
        <translation>為什麼首飾未經維修就退回？</translation>
    </message>
    <message>
        <source>Why is the job cancelled?</source>
        <translation>為什麼取消工單？</translation>
    </message>
    <message>
        <source>Job {number}: {status}</source>
        <translation>工單 {number}：{status}</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>儲存文件</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <source>Lock</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <source>Lock JewelDesk (Ctrl+L)</source>
        <translation>鎖定 JewelDesk（Ctrl+L）</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>Head-office address</source>
        <translation>總部地址</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>儲存地址</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>閒置鎖定</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>總部</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>本裝置</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>門店</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>The demo&apos;s head office runs on this computer.</source>
        <translation>示範版的總部在本機運行。</translation>
    </message>
    <message>
        <source>Only a store manager can change the head-office address.</source>
        <translation>僅門店經理可以更改總部地址。</translation>
    </message>
    <message>
        <source>This device is not connected to head office.</source>
        <translation>此裝置未連接總部。</translation>
    </message>
    <message numerus="yes">
        <source>JewelDesk now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>JewelDesk 將在閒置 %n 分鐘後鎖定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Head-office address saved.</source>
        <translation>總部地址已儲存。</translation>
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
        <translation>請選擇您的名字</translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation>切換使用者</translation>
    </message>
    <message>
        <source>Not you? Choose your name</source>
        <translation>不是您？請選擇您的名字</translation>
    </message>
    <message>
        <source>Demo store: every PIN is %1</source>
        <translation>示範門店：所有 PIN 碼均為 %1</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>正在開啟門市資料…</translation>
    </message>
    <message>
        <source>No one can sign in on this device yet: ask head office.</source>
        <translation>此裝置暫時無人可登入，請聯絡總部。</translation>
    </message>
    <message>
        <source>Locked. Enter your PIN to continue</source>
        <translation>已鎖定。請輸入 PIN 碼繼續</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>請輸入 PIN 碼</translation>
    </message>
    <message>
        <source>Welcome. Choose a PIN of 4 to 8 digits</source>
        <translation>歡迎。請設定 4 至 8 位數字的 PIN 碼</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>請再次輸入相同的 PIN 碼</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在驗證…</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>JewelDesk — sign in</source>
        <translation>JewelDesk — 登入</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Client&apos;s signature</source>
        <translation>客戶簽名</translation>
    </message>
    <message>
        <source>The client signs here</source>
        <translation>請客戶在此簽名</translation>
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
        <translation>寶石</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>金屬</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Free for the slot</source>
        <translation>此時段可用</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>此時段可用</translation>
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
        <translation>為所選作品新增寶石</translation>
    </message>
    <message>
        <source>Add stone</source>
        <translation>新增寶石</translation>
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
        <translation>● 連線中 · %1 已同步</translation>
    </message>
    <message>
        <source>Head office no longer accepts this device: ask head office to enrol it again. Your changes are kept on this device</source>
        <translation>總部已不再接受此裝置：請聯絡總部重新登記。您的變更已保存在本裝置</translation>
    </message>
    <message>
        <source>This version of JewelDesk is too old for head office: update it. Your changes are kept on this device</source>
        <translation>此版本的 JewelDesk 過舊，總部無法同步：請更新。您的變更已保存在本裝置</translation>
    </message>
    <message>
        <source>○ Offline · your changes are kept on this device</source>
        <translation>○ 離線 · 您的變更已保存在本裝置</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 項變更待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by head office</source>
        <translation>
            <numerusform>%n 項變更被總部拒絕</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to review</source>
        <translation>
            <numerusform>%n 項變更待審核</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
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
        <translation>有空時</translation>
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
        <translation>客戶簿</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆蓋率</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待跟進</translation>
    </message>
    <message>
        <source>Complete records</source>
        <translation>資料完整</translation>
    </message>
    <message>
        <source>Today&apos;s actions</source>
        <translation>今日待辦</translation>
    </message>
    <message>
        <source>Nothing left for today. Your book is in good hands.</source>
        <translation>今日事項已全部完成，您的客戶都照顧得很好。</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Today&apos;s and tomorrow&apos;s appointments</source>
        <translation>今明兩天的預約</translation>
    </message>
    <message>
        <source>Sign in to see your day.</source>
        <translation>登入後查看您的今日安排。</translation>
    </message>
    <message>
        <source>Open the client&apos;s profile</source>
        <translation>開啟客戶檔案</translation>
    </message>
    <message>
        <source>Copy draft</source>
        <translation>複製草稿</translation>
    </message>
    <message>
        <source>Copy the message to paste it in the client&apos;s channel: nothing is sent from here</source>
        <translation>複製訊息後貼到客戶常用的渠道：本應用不會直接傳送</translation>
    </message>
    <message>
        <source>Note (optional): what happened</source>
        <translation>備註（選填）：發生了甚麼</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>標為完成</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>延後至</translation>
    </message>
    <message>
        <source>Choose an action to see its message and record what happened.</source>
        <translation>選擇一項待辦以查看訊息並記錄結果。</translation>
    </message>
    <message>
        <source>under {minimum}: add clients</source>
        <translation>少於 {minimum}：請新增客戶</translation>
    </message>
    <message>
        <source>over {maximum}: too many to serve well</source>
        <translation>超過 {maximum}：客戶過多，難以周到服務</translation>
    </message>
    <message>
        <source>clients, within {minimum}–{maximum}</source>
        <translation>位客戶，在 {minimum}–{maximum} 範圍內</translation>
    </message>
    <message>
        <source>{n} of {total} contacted in 30 days</source>
        <translation>30 天內聯絡了 {n} / {total} 位</translation>
    </message>
    <message>
        <source>{n} of {total} with every key field</source>
        <translation>{n} / {total} 位資料完整</translation>
    </message>
    <message>
        <source>{overdue} overdue</source>
        <translation>{overdue} 項逾期</translation>
    </message>
    <message>
        <source>due today, none overdue</source>
        <translation>今日到期，無逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s), ranked</source>
        <translation>
            <numerusform>%n 項待辦，已排序</numerusform>
        </translation>
    </message>
    <message>
        <source>by {channel}</source>
        <translation>透過{channel}</translation>
    </message>
    <message>
        <source>best {start}–{end}</source>
        <translation>最佳時段 {start}–{end}</translation>
    </message>
    <message>
        <source>Message draft · {language}</source>
        <translation>訊息草稿 · {language}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>復原上一次變更（Ctrl+Z）</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Advisor</source>
        <translation>顧問</translation>
    </message>
    <message>
        <source>VIC consultant</source>
        <translation>VIC 顧問</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>門店經理</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>總部</translation>
    </message>
    <message>
        <source>Private viewing</source>
        <translation>私人品鑑</translation>
    </message>
    <message>
        <source>Bridal consultation</source>
        <translation>婚戒諮詢</translation>
    </message>
    <message>
        <source>Bespoke</source>
        <translation>訂製</translation>
    </message>
    <message>
        <source>Launch preview</source>
        <translation>新品預覽</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清潔</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>Virtual consultation</source>
        <translation>線上諮詢</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活動</translation>
    </message>
</context>
<context>
    <name>VoucherDialog</name>
    <message>
        <source>Issue a voucher</source>
        <translation>發放禮券</translation>
    </message>
    <message>
        <source>Issue voucher</source>
        <translation>發放禮券</translation>
    </message>
    <message>
        <source>Valid in this store&apos;s time zone, from the first day to the last, inclusive.</source>
        <translation>按本店時區計算，首尾兩天均有效。</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>禮券</translation>
    </message>
    <message>
        <source>e.g. Spring voucher</source>
        <translation>例如：春季禮券</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選填</translation>
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
        <translation>幣別</translation>
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
        <translation>可用次數</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>券碼</translation>
    </message>
    <message>
        <source>leave empty for a new code</source>
        <translation>留空將自動產生券碼</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>使用條件</translation>
    </message>
    <message>
        <source>e.g. On a purchase of ¥20,000 or more.</source>
        <translation>例如：單筆消費滿 ¥20,000 可用。</translation>
    </message>
</context>
<context>
    <name>WishEditor</name>
    <message>
        <source>Add a wish</source>
        <translation>新增願望</translation>
    </message>
    <message>
        <source>Add wish</source>
        <translation>新增願望</translation>
    </message>
    <message>
        <source>e.g. Jardin emerald earrings</source>
        <translation>例如：Jardin 祖母綠耳環</translation>
    </message>
    <message>
        <source>optional note</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>願望</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add a photo</source>
        <translation>新增照片</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>圖片（{patterns}）</translation>
    </message>
</context>
</TS>
