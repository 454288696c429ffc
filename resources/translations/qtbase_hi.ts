<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>सब चुनें (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>बढ़ाएँ (&amp;S)</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>घटाएँ (&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>यह क्या है?</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
फ़ोल्डर नहीं मिला।
देख लें कि फ़ोल्डर का नाम सही है।</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
फ़ाइल नहीं मिली।
देख लें कि फ़ाइल का नाम सही है।</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 पहले से मौजूद है।
क्या इसे बदलना है?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>चुनें (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>मिटाएँ (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>यहाँ देखें (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>नया फ़ोल्डर (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>खोलें (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>नाम बदलें (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>सेव करें (&amp;S)</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' पर लिखने की रोक है।
क्या फिर भी मिटाना है?</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>सभी फ़ाइलें (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>सभी फ़ाइलें (*)</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>क्या आप सच में '%1' मिटाना चाहते हैं?</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>पीछे</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>ब्योरे के साथ दिखाएँ</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>सूची के रूप में दिखाएँ</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>फ़ोल्डर मिटाया नहीं जा सका।</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>नया फ़ोल्डर बनाएँ</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>नया फ़ोल्डर बनाएँ</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>मिटाएँ</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>ब्योरे के साथ</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>फ़ोल्डर</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>फ़ोल्डर:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>फ़ाइल का नाम (&amp;N):</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>फ़ाइलें</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>फ़ाइल का प्रकार (&amp;T):</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>फ़ोल्डर चुनें</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>आगे</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>पीछे जाएँ</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>आगे जाएँ</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>ऊपर वाले फ़ोल्डर में जाएँ</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>सूची</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>जगहों और बुकमार्क की सूची</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>नया फ़ोल्डर</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>खोलें</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>ऊपर वाला फ़ोल्डर</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>हाल की जगहें</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>इस नाम से सेव करें</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>छिपी फ़ाइलें दिखाएँ (&amp;H)</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>साइडबार</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>कंप्यूटर</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>बदलाव की तारीख</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>मेरा कंप्यूटर</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>साइज़</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>प्रकार</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;Cancel</source>
            <translation>रद्द करें (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>बंद करें (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translation>ठीक है (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>सेव करें (&amp;S)</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>सेव किए बिना बंद करें</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>मान लिखें:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>कॉपी करें (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>पेस्ट करें (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>दोबारा करें (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>पहले जैसा करें (&amp;U)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>काटें (&amp;T)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>मिटाएँ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>सब चुनें</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>About Qt</source>
            <translation>Qt के बारे में</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>ब्योरा छिपाएँ...</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>ब्योरा दिखाएँ...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>नहीं (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>हाँ (&amp;Y)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>रोकें</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>लागू करें</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>छोड़ दें</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>मदद</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>अनदेखा करें</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>सबके लिए नहीं (&amp;O)</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ठीक है</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>खोलें</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>रीसेट करें</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>डिफ़ॉल्ट वापस लाएँ</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>फिर कोशिश करें</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>सेव करें</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>सब सेव करें</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>सबके लिए हाँ (&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>बाएँ स्क्रॉल करें</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>दाएँ स्क्रॉल करें</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>Insert Unicode control character</source>
            <translation>यूनिकोड कंट्रोल कैरेक्टर डालें</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>कॉपी करें (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>पेस्ट करें (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>दोबारा करें (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>पहले जैसा करें (&amp;U)</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>काटें (&amp;T)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>मिटाएँ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>सब चुनें</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Back</source>
            <translation>पीछे (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>पूरा करें (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>मदद (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>आगे (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>आगे (&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; पीछे (&amp;B)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>पक्का करें</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>जारी रखें</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>हो गया</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>पीछे जाएँ</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>मदद</translation>
        </message>
    </context>
</TS>
