#!/usr/bin/env python3
"""Write samples/warc/frontwatch-sample-crawl.warc.gz from the HTML pages below.

Synthetic sample data written for frontwatch; not real news reports. The pages were written for
frontwatch's sample corpus (see samples/README.md); this script wraps them in WARC/1.1-style
HTTP response records the way a crawler would, plus a warcinfo record and one non-HTML response
(robots.txt) that an ingester should skip. Output is deterministic (record ids derive from the URL).

Run:  .venv/bin/python samples/make_warc.py
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent / "warc" / "frontwatch-sample-crawl.warc.gz"
NOTE = "Synthetic sample data written for frontwatch; not a real news report."

# (url, publication time UTC, HTML page as served)
PAGES: list[tuple[str, str, str]] = [
    (
        "https://dniproledger.example/2023/01/12/shoigu-khrenin-call-mozyr",
        "2023-01-12T18:40:00Z",
        """<!DOCTYPE html>
<!-- Synthetic sample data written for frontwatch; not a real news report. -->
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Shoigu and Khrenin discuss drills as Russian rocket launchers reach Mozyr | Dnipro Evening Ledger</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Russian Defence Minister Sergei Shoigu and his Belarusian counterpart Viktor Khrenin discussed the joint air-force exercise and the &quot;security of the Union State&quot; in a phone call, the Russian defence m">
  <meta name="robots" content="index, follow">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Dnipro Evening Ledger">
  <meta property="og:title" content="Shoigu and Khrenin discuss drills as Russian rocket launchers reach Mozyr">
  <meta property="og:description" content="Russian Defence Minister Sergei Shoigu and his Belarusian counterpart Viktor Khrenin discussed the joint air-force exercise and the &quot;security of the Union State&quot; in a phone call, the Russian defence m">
  <meta property="og:url" content="https://dniproledger.example/2023/01/12/shoigu-khrenin-call-mozyr">
  <meta property="article:published_time" content="2023-01-12T18:40:00+00:00">
  <meta property="article:section" content="World">
  <meta name="synthetic-data" content="Synthetic sample data written for frontwatch; not a real news report.">
  <link rel="canonical" href="https://dniproledger.example/2023/01/12/shoigu-khrenin-call-mozyr">
  <link rel="stylesheet" href="https://dniproledger.example/static/css/main.4f2a1c.css">
  <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Shoigu and Khrenin discuss drills as Russian rocket launchers reach Mozyr", "datePublished": "2023-01-12T18:40:00+00:00", "dateModified": "2023-01-12T18:40:00+00:00", "publisher": {"@type": "Organization", "name": "Dnipro Evening Ledger"}, "mainEntityOfPage": "https://dniproledger.example/2023/01/12/shoigu-khrenin-call-mozyr"}</script>
  <style>body{font-family:Georgia,serif;margin:0} header.site{background:#0b5394;color:#fff} .cookie{position:fixed;bottom:0;background:#222;color:#eee;padding:1em}</style>
</head>
<body>
  <div class="cookie-banner cookie" id="cookie-consent" role="dialog">
    <p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. By continuing to browse this site you agree to our use of cookies.</p>
    <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button> <a href="https://dniproledger.example/privacy">Privacy policy</a>
  </div>
  <header class="site">
    <a class="logo" href="https://dniproledger.example/">Dnipro Evening Ledger</a>
    <nav class="main-nav" aria-label="Sections">
      <ul>
        <li><a href="https://dniproledger.example/ukraine/">Ukraine</a></li>
        <li><a href="https://dniproledger.example/war/">War</a></li>
        <li><a href="https://dniproledger.example/world/">World</a></li>
        <li><a href="https://dniproledger.example/economy/">Economy</a></li>
        <li><a href="https://dniproledger.example/life/">Life</a></li>
      </ul>
    </nav>
    <form class="search" action="https://dniproledger.example/search"><input name="q" placeholder="Search"><button>Go</button></form>
    <a class="subscribe" href="https://dniproledger.example/subscribe">Subscribe</a> <a class="login" href="https://dniproledger.example/login">Sign in</a>
  </header>
  <div class="ticker">BREAKING: Live updates on the war in Ukraine &middot; Markets close mixed &middot; Weather: snow in the north</div>
  <nav class="breadcrumbs"><a href="https://dniproledger.example/">Home</a> &rsaquo; <a href="https://dniproledger.example/world/">World</a> &rsaquo; <a href="https://dniproledger.example/europe/">Europe</a></nav>
  <main>
    <article class="story">
      <h1 class="headline">Shoigu and Khrenin discuss drills as Russian rocket launchers reach Mozyr</h1>
      <div class="byline">By Dnipro Evening Ledger staff &middot; <time datetime="2023-01-12T18:40:00+00:00">January 12, 2023 18:40 UTC</time></div>
      <div class="share-top"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
      <div class="story-body">
        <p>Russian Defence Minister Sergei Shoigu and his Belarusian counterpart Viktor Khrenin discussed the joint air-force exercise and the &quot;security of the Union State&quot; in a phone call, the Russian defence ministry said.</p>
        <p>The call came as Russian multiple rocket launchers and trucks arrived in the Mozyr area of Belarus&#x27;s Gomel region, according to the Belarusian defence ministry, which said the equipment would be used in joint drills.</p>
        <aside class="read-also"><strong>Read also:</strong> <a href="https://dniproledger.example/archive/">Our full coverage of the war in Ukraine</a></aside>
        <p>Khrenin told Shoigu that Belarus was ready to host the exercise and thanked Moscow for the S-400 and Iskander systems delivered last month, the Belarusian ministry said.</p>
        <p>Kyiv sees the build-up differently. Ukraine&#x27;s deputy defence minister Hanna Maliar said Russia was concentrating forces in Belarus to threaten the north and to keep Ukrainian brigades away from the Donbas.</p>
        <p>The Lithuanian defence ministry said the Russian movements in Belarus were being tracked with allies, and that Lithuania would not be &quot;caught by surprise.&quot;</p>
        <p>Mozyr is home to one of Belarus&#x27;s two oil refineries and lies on the Pripyat river, about 50 km north of Ukraine&#x27;s Zhytomyr and Kyiv regions.</p>
      </div>
      <div class="tags">Tags: <a href="#">Belarus</a> <a href="#">Russia</a> <a href="#">Ukraine</a> <a href="#">Defence</a></div>
      <div class="share-bottom">Share this article: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div>
    </article>
    <section class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and get the top stories delivered to your inbox every day.</p><input type="email" placeholder="Your email"><button>Sign up</button></section>
    <aside class="related">
      <h3>Related stories</h3>
      <ul>
        <li><a href="https://dniproledger.example/archive/1">Explainer: the Russian-Belarusian regional grouping of forces</a></li>
        <li><a href="https://dniproledger.example/archive/2">Timeline: Belarus and the war in Ukraine</a></li>
        <li><a href="https://dniproledger.example/archive/3">Opinion: Minsk's room for manoeuvre is shrinking</a></li>
      </ul>
    </aside>
    <aside class="most-read"><h3>Most read</h3><ol><li>Energy prices ease as winter bites</li><li>Five things to watch this week</li><li>Photo gallery: the year in pictures</li></ol></aside>
  </main>
  <footer class="site-footer">
    <p>&copy; 2023 Dnipro Evening Ledger. All rights reserved. <a href="https://dniproledger.example/about">About us</a> &middot; <a href="https://dniproledger.example/contact">Contact</a> &middot; <a href="https://dniproledger.example/terms">Terms</a> &middot; <a href="https://dniproledger.example/privacy">Privacy</a></p>
    <p class="synthetic-note">[Synthetic sample data written for frontwatch; not a real news report.]</p>
  </footer>
</body>
</html>
""",
    ),
    (
        "https://balticmonitor.example/news/2023-01-17/nauseda-asks-nato-brigade",
        "2023-01-17T16:50:00Z",
        """<!DOCTYPE html>
<!-- Synthetic sample data written for frontwatch; not a real news report. -->
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Lithuania asks NATO for permanent brigade as Belarus drills continue | Baltic Monitor Daily</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Lithuanian President Gitanas Nauseda asked NATO allies on Tuesday to station a permanent brigade in Lithuania, saying the Russian military build-up in neighbouring Belarus had changed the security sit">
  <meta name="robots" content="index, follow">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Baltic Monitor Daily">
  <meta property="og:title" content="Lithuania asks NATO for permanent brigade as Belarus drills continue">
  <meta property="og:description" content="Lithuanian President Gitanas Nauseda asked NATO allies on Tuesday to station a permanent brigade in Lithuania, saying the Russian military build-up in neighbouring Belarus had changed the security sit">
  <meta property="og:url" content="https://balticmonitor.example/news/2023-01-17/nauseda-asks-nato-brigade">
  <meta property="article:published_time" content="2023-01-17T16:50:00+00:00">
  <meta property="article:section" content="World">
  <meta name="synthetic-data" content="Synthetic sample data written for frontwatch; not a real news report.">
  <link rel="canonical" href="https://balticmonitor.example/news/2023-01-17/nauseda-asks-nato-brigade">
  <link rel="stylesheet" href="https://balticmonitor.example/static/css/main.4f2a1c.css">
  <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Lithuania asks NATO for permanent brigade as Belarus drills continue", "datePublished": "2023-01-17T16:50:00+00:00", "dateModified": "2023-01-17T16:50:00+00:00", "publisher": {"@type": "Organization", "name": "Baltic Monitor Daily"}, "mainEntityOfPage": "https://balticmonitor.example/news/2023-01-17/nauseda-asks-nato-brigade"}</script>
  <style>body{font-family:Georgia,serif;margin:0} header.site{background:#225522;color:#fff} .cookie{position:fixed;bottom:0;background:#222;color:#eee;padding:1em}</style>
</head>
<body>
  <div class="cookie-banner cookie" id="cookie-consent" role="dialog">
    <p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. By continuing to browse this site you agree to our use of cookies.</p>
    <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button> <a href="https://balticmonitor.example/privacy">Privacy policy</a>
  </div>
  <header class="site">
    <a class="logo" href="https://balticmonitor.example/">Baltic Monitor Daily</a>
    <nav class="main-nav" aria-label="Sections">
      <ul>
        <li><a href="https://balticmonitor.example/lithuania/">Lithuania</a></li>
        <li><a href="https://balticmonitor.example/latvia/">Latvia</a></li>
        <li><a href="https://balticmonitor.example/estonia/">Estonia</a></li>
        <li><a href="https://balticmonitor.example/region/">Region</a></li>
        <li><a href="https://balticmonitor.example/defence/">Defence</a></li>
        <li><a href="https://balticmonitor.example/culture/">Culture</a></li>
      </ul>
    </nav>
    <form class="search" action="https://balticmonitor.example/search"><input name="q" placeholder="Search"><button>Go</button></form>
    <a class="subscribe" href="https://balticmonitor.example/subscribe">Subscribe</a> <a class="login" href="https://balticmonitor.example/login">Sign in</a>
  </header>
  <div class="ticker">BREAKING: Live updates on the war in Ukraine &middot; Markets close mixed &middot; Weather: snow in the north</div>
  <nav class="breadcrumbs"><a href="https://balticmonitor.example/">Home</a> &rsaquo; <a href="https://balticmonitor.example/world/">World</a> &rsaquo; <a href="https://balticmonitor.example/europe/">Europe</a></nav>
  <main>
    <article class="story">
      <h1 class="headline">Lithuania asks NATO for permanent brigade as Belarus drills continue</h1>
      <div class="byline">By Baltic Monitor Daily staff &middot; <time datetime="2023-01-17T16:50:00+00:00">January 17, 2023 16:50 UTC</time></div>
      <div class="share-top"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
      <div class="story-body">
        <p>Lithuanian President Gitanas Nauseda asked NATO allies on Tuesday to station a permanent brigade in Lithuania, saying the Russian military build-up in neighbouring Belarus had changed the security situation on the alliance&#x27;s eastern flank.</p>
        <p>&quot;We cannot wait until Russian tanks stand at the Suwalki gap,&quot; Nauseda said after a meeting of the State Defence Council in Vilnius. &quot;A rotating battalion is no longer enough.&quot;</p>
        <aside class="read-also"><strong>Read also:</strong> <a href="https://balticmonitor.example/archive/">Our full coverage of the war in Ukraine</a></aside>
        <p>The council decided to raise the readiness of the Lithuanian army&#x27;s rapid reaction force and to extend border surveillance along the 679-km frontier with Belarus, the president&#x27;s office said.</p>
        <p>Germany, which leads NATO&#x27;s battlegroup in Lithuania, has pledged to keep a brigade ready to deploy to Lithuania at short notice but has not agreed to base it there permanently.</p>
        <p>Foreign Minister Gabrielius Landsbergis said Lithuania would also push for a new EU sanctions package against Belarus.</p>
        <p>Belarus&#x27;s State Border Committee accused Lithuanian border guards of pushing migrants across the border into Belarus, a charge Vilnius denied.</p>
      </div>
      <div class="tags">Tags: <a href="#">Belarus</a> <a href="#">Russia</a> <a href="#">Ukraine</a> <a href="#">Defence</a></div>
      <div class="share-bottom">Share this article: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div>
    </article>
    <section class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and get the top stories delivered to your inbox every day.</p><input type="email" placeholder="Your email"><button>Sign up</button></section>
    <aside class="related">
      <h3>Related stories</h3>
      <ul>
        <li><a href="https://balticmonitor.example/archive/1">Explainer: the Russian-Belarusian regional grouping of forces</a></li>
        <li><a href="https://balticmonitor.example/archive/2">Timeline: Belarus and the war in Ukraine</a></li>
        <li><a href="https://balticmonitor.example/archive/3">Opinion: Minsk's room for manoeuvre is shrinking</a></li>
      </ul>
    </aside>
    <aside class="most-read"><h3>Most read</h3><ol><li>Energy prices ease as winter bites</li><li>Five things to watch this week</li><li>Photo gallery: the year in pictures</li></ol></aside>
  </main>
  <footer class="site-footer">
    <p>&copy; 2023 Baltic Monitor Daily. All rights reserved. <a href="https://balticmonitor.example/about">About us</a> &middot; <a href="https://balticmonitor.example/contact">Contact</a> &middot; <a href="https://balticmonitor.example/terms">Terms</a> &middot; <a href="https://balticmonitor.example/privacy">Privacy</a></p>
    <p class="synthetic-note">[Synthetic sample data written for frontwatch; not a real news report.]</p>
  </footer>
</body>
</html>
""",
    ),
    (
        "https://continentalnews.example/world/europe/lavrov-minsk-aleinik-20230119",
        "2023-01-19T15:15:00Z",
        """<!DOCTYPE html>
<!-- Synthetic sample data written for frontwatch; not a real news report. -->
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Lavrov in Minsk: attack on Belarus would be attack on Russia | Continental Newswire</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Russian Foreign Minister Sergei Lavrov held talks with his Belarusian counterpart Sergei Aleinik in Minsk on Thursday and said Moscow would treat any aggression against Belarus as an attack on Russia.">
  <meta name="robots" content="index, follow">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Continental Newswire">
  <meta property="og:title" content="Lavrov in Minsk: attack on Belarus would be attack on Russia">
  <meta property="og:description" content="Russian Foreign Minister Sergei Lavrov held talks with his Belarusian counterpart Sergei Aleinik in Minsk on Thursday and said Moscow would treat any aggression against Belarus as an attack on Russia.">
  <meta property="og:url" content="https://continentalnews.example/world/europe/lavrov-minsk-aleinik-20230119">
  <meta property="article:published_time" content="2023-01-19T15:15:00+00:00">
  <meta property="article:section" content="World">
  <meta name="synthetic-data" content="Synthetic sample data written for frontwatch; not a real news report.">
  <link rel="canonical" href="https://continentalnews.example/world/europe/lavrov-minsk-aleinik-20230119">
  <link rel="stylesheet" href="https://continentalnews.example/static/css/main.4f2a1c.css">
  <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Lavrov in Minsk: attack on Belarus would be attack on Russia", "datePublished": "2023-01-19T15:15:00+00:00", "dateModified": "2023-01-19T15:15:00+00:00", "publisher": {"@type": "Organization", "name": "Continental Newswire"}, "mainEntityOfPage": "https://continentalnews.example/world/europe/lavrov-minsk-aleinik-20230119"}</script>
  <style>body{font-family:Georgia,serif;margin:0} header.site{background:#003366;color:#fff} .cookie{position:fixed;bottom:0;background:#222;color:#eee;padding:1em}</style>
</head>
<body>
  <div class="cookie-banner cookie" id="cookie-consent" role="dialog">
    <p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. By continuing to browse this site you agree to our use of cookies.</p>
    <button class="accept">Accept all</button> <button class="reject">Reject non-essential</button> <a href="https://continentalnews.example/privacy">Privacy policy</a>
  </div>
  <header class="site">
    <a class="logo" href="https://continentalnews.example/">Continental Newswire</a>
    <nav class="main-nav" aria-label="Sections">
      <ul>
        <li><a href="https://continentalnews.example/top-stories/">Top stories</a></li>
        <li><a href="https://continentalnews.example/world/">World</a></li>
        <li><a href="https://continentalnews.example/europe/">Europe</a></li>
        <li><a href="https://continentalnews.example/politics/">Politics</a></li>
        <li><a href="https://continentalnews.example/economy/">Economy</a></li>
        <li><a href="https://continentalnews.example/video/">Video</a></li>
      </ul>
    </nav>
    <form class="search" action="https://continentalnews.example/search"><input name="q" placeholder="Search"><button>Go</button></form>
    <a class="subscribe" href="https://continentalnews.example/subscribe">Subscribe</a> <a class="login" href="https://continentalnews.example/login">Sign in</a>
  </header>
  <div class="ticker">BREAKING: Live updates on the war in Ukraine &middot; Markets close mixed &middot; Weather: snow in the north</div>
  <nav class="breadcrumbs"><a href="https://continentalnews.example/">Home</a> &rsaquo; <a href="https://continentalnews.example/world/">World</a> &rsaquo; <a href="https://continentalnews.example/europe/">Europe</a></nav>
  <main>
    <article class="story">
      <h1 class="headline">Lavrov in Minsk: attack on Belarus would be attack on Russia</h1>
      <div class="byline">By Continental Newswire staff &middot; <time datetime="2023-01-19T15:15:00+00:00">January 19, 2023 15:15 UTC</time></div>
      <div class="share-top"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
      <div class="story-body">
        <p>MINSK, Jan 19 (Continental Newswire) - Russian Foreign Minister Sergei Lavrov held talks with his Belarusian counterpart Sergei Aleinik in Minsk on Thursday and said Moscow would treat any aggression against Belarus as an attack on Russia.</p>
        <p>&quot;Any aggression against Belarus is aggression against the Union State, and we will use all the means we have to respond,&quot; Lavrov told a joint news conference. He accused Ukraine and its Western backers of &quot;plotting provocations&quot; on the Belarusian border.</p>
        <aside class="read-also"><strong>Read also:</strong> <a href="https://continentalnews.example/archive/">Our full coverage of the war in Ukraine</a></aside>
        <p>Lavrov and Aleinik signed a plan of foreign-ministry consultations for 2023-2024 and discussed joint work at the United Nations and the OSCE, the Belarusian foreign ministry said. Lavrov was also received by President Alexander Lukashenko.</p>
        <p>Aleinik said Belarus did not intend to join the fighting in Ukraine but would &quot;stand shoulder to shoulder&quot; with Russia in its own defence.</p>
        <p>Ukraine&#x27;s foreign ministry called the visit &quot;another step in the absorption of Belarus by Russia.&quot;</p>
        <p>The visit came as Russian and Belarusian air forces continued joint drills across Belarus, and a week after new Russian troops and equipment arrived in the Gomel and Brest regions.</p>
      </div>
      <div class="tags">Tags: <a href="#">Belarus</a> <a href="#">Russia</a> <a href="#">Ukraine</a> <a href="#">Defence</a></div>
      <div class="share-bottom">Share this article: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div>
    </article>
    <section class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and get the top stories delivered to your inbox every day.</p><input type="email" placeholder="Your email"><button>Sign up</button></section>
    <aside class="related">
      <h3>Related stories</h3>
      <ul>
        <li><a href="https://continentalnews.example/archive/1">Explainer: the Russian-Belarusian regional grouping of forces</a></li>
        <li><a href="https://continentalnews.example/archive/2">Timeline: Belarus and the war in Ukraine</a></li>
        <li><a href="https://continentalnews.example/archive/3">Opinion: Minsk's room for manoeuvre is shrinking</a></li>
      </ul>
    </aside>
    <aside class="most-read"><h3>Most read</h3><ol><li>Energy prices ease as winter bites</li><li>Five things to watch this week</li><li>Photo gallery: the year in pictures</li></ol></aside>
  </main>
  <footer class="site-footer">
    <p>&copy; 2023 Continental Newswire. All rights reserved. <a href="https://continentalnews.example/about">About us</a> &middot; <a href="https://continentalnews.example/contact">Contact</a> &middot; <a href="https://continentalnews.example/terms">Terms</a> &middot; <a href="https://continentalnews.example/privacy">Privacy</a></p>
    <p class="synthetic-note">[Synthetic sample data written for frontwatch; not a real news report.]</p>
  </footer>
</body>
</html>
""",
    ),
    (
        "https://worldheadlineshub.blogspot.example/2023/01/another-train-of-russian-troops-arrives.html",
        "2023-01-15T06:20:00Z",
        """<!DOCTYPE html>
<html class='v2' dir='ltr' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'>
<!-- Synthetic sample data written for frontwatch; not a real news report. -->
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://worldheadlineshub.blogspot.example/2023/01/another-train-of-russian-troops-arrives.html' rel='canonical'/>
<title>World Headlines Hub: Another train of Russian troops arrives in Belarus ahead of joint air drills</title>
<meta content='World Headlines Hub' property='og:site_name'/>
<meta content='Another train of Russian troops arrives in Belarus ahead of joint air drills' property='og:title'/>
<meta content='A train carrying Russian troops arrived in Belarus, the Belarusian defence ministry confirmed on Friday, in the latest of a series of deployments that' property='og:description'/>
<meta content='https://worldheadlineshub.blogspot.example/2023/01/another-train-of-russian-troops-arrives.html' property='og:url'/>
<meta property="article:published_time" content="2023-01-15T06:20:00+00:00">
<link rel="alternate" type="application/atom+xml" title="World Headlines Hub - Atom" href="https://worldheadlineshub.blogspot.example/feeds/posts/default" />
<style type='text/css'>body{font:normal normal 12px Arial,sans-serif;color:#222;background:#eee} .post-body{line-height:1.4}</style>
</head>
<body class='loading'>
<div class='navbar section' id='navbar'><div class='widget Navbar'><a href='#'>More</a> <a href='#'>Create Blog</a> <a href='#'>Sign In</a></div></div>
<div id='cookieChoiceInfo' class='cookie-choices-info'>This site uses cookies from the blog platform to deliver its services and to analyse traffic. <a href='#'>Learn more</a> <a href='#'>OK</a></div>
<div class='header-outer'><div class='Header'><h1 class='title'><a href='https://worldheadlineshub.blogspot.example/'>World Headlines Hub</a></h1><p class='description'>All the world's headlines in one place. Updated every hour.</p></div></div>
<div class='tabs-outer'><ul class='tabs'><li><a href='https://worldheadlineshub.blogspot.example/'>Home</a></li><li><a href='https://worldheadlineshub.blogspot.example/search/label/World'>World</a></li><li><a href='https://worldheadlineshub.blogspot.example/search/label/Europe'>Europe</a></li><li><a href='https://worldheadlineshub.blogspot.example/search/label/War'>War</a></li><li><a href='https://worldheadlineshub.blogspot.example/p/contact.html'>Contact</a></li></ul></div>
<div class='main-outer'>
<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>Sunday, January 15, 2023</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<a name='401696715840620590'></a>
<h3 class='post-title entry-title' itemprop='name'>Another train of Russian troops arrives in Belarus ahead of joint air drills</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' itemprop='description articleBody'>
A train carrying Russian troops arrived in Belarus, the Belarusian defence ministry confirmed on Friday, in the latest of a series of deployments that Ukraine fears could be preparation for a new offensive from the north.<br /><br />
The ministry said the soldiers had unloaded at a station in the Vitebsk region and would join the regional grouping of forces that Russia and Belarus formed in October. It did not say how many troops had arrived.<br /><br />
Belarus will receive more Russian weapons and military equipment under agreements reached in December, the ministry said, and the two countries are preparing for joint air-force drills that begin on Monday.<br /><br />
Kyiv says Russia keeps using Belarusian airspace for drone and missile attacks on Ukrainian cities. Ukraine&#x27;s air force said Shahed drones launched by Russian forces had again crossed into the Chernihiv region from Belarus overnight.<br /><br />
Minsk says it will not join the war. The Belarusian foreign ministry said this week that &quot;not a single Belarusian soldier&quot; would cross the border and rejected reports that Belarusian airspace had been used for attacks on Ukraine as &quot;lies.&quot;<br /><br />
Belarusian President Alexander Lukashenko blames Western nations for the tension. In a speech on Friday, the 68-year-old accused NATO of massing troops in Poland and Lithuania and said Belarus was &quot;only defending itself.&quot;<br /><br />
Ukrainian officials say they are reinforcing the northern border and do not rule out an attack on Kyiv.<br /><br />
Another train of Russian troops arrives in Belarus ahead of joint air drills - Eastern Wire<br />
<br />
<a href="https://easternwire.example/2023/01/14/russian-troops-arrive-belarus-joint-air-drills" target="_blank">Read More</a>
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Posted by <span class='fn' itemprop='author'>Headlines Desk</span></span>
<span class='post-timestamp'>at <a class='timestamp-link' href='https://worldheadlineshub.blogspot.example/2023/01/another-train-of-russian-troops-arrives.html' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2023-01-15T06:20:00+00:00'>6:20 AM</abbr></a></span>
<span class='post-comment-link'><a class='comment-link' href='https://worldheadlineshub.blogspot.example/2023/01/another-train-of-russian-troops-arrives.html#comment-form'>No comments:</a></span>
</div>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='#' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' href='#' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-twitter' href='#' title='Share to Twitter'><span class='share-button-link-text'>Share to Twitter</span></a><a class='goog-inline-block share-button sb-facebook' href='#' title='Share to Facebook'><span class='share-button-link-text'>Share to Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='#' title='Share to Pinterest'><span class='share-button-link-text'>Share to Pinterest</span></a></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='#' rel='tag'>Belarus</a>, <a href='#' rel='tag'>Russia</a>, <a href='#' rel='tag'>World</a></span></div>
</div>
</div>
<div class='comments' id='comments'>
<a name='comments'></a>
<h4>No comments:</h4>
<div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'></dl></div>
<div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>Post a Comment</h4><p></p><a href='#' id='comment-editor-src'></a><iframe class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe></div>
</div>
</div>
</div></div>
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='#' title='Newer Post'>Newer Post</a></span> <span id='blog-pager-older-link'><a class='blog-pager-older-link' href='#' title='Older Post'>Older Post</a></span> <a class='home-link' href='https://worldheadlineshub.blogspot.example/'>Home</a></div>
<div class='clear'></div>
<div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' href='https://worldheadlineshub.blogspot.example/feeds/posts/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a></div></div>
</div>
<div class='sidebar'>
<div class='widget PopularPosts'><h2>Popular Posts</h2><ul><li><a href='#'>Oil prices climb on supply worries</a></li><li><a href='#'>Ten gadgets you need this winter</a></li></ul></div>
<div class='widget BlogArchive'><h2>Blog Archive</h2><ul><li><a href='#'>&#9660; 2023 (412)</a></li><li><a href='#'>&#9658; 2022 (3871)</a></li></ul></div>
<div class='widget Text'><div class='widget-content'><small>[Synthetic sample data written for frontwatch; not a real news report.]</small></div></div>
</div>
<div class='footer-outer'>Simple theme. Powered by <a href='#'>Blogger</a>.</div>
</body>
</html>
""",
    ),
]

ROBOTS = b"User-agent: *\nDisallow: /search\n# " + NOTE.encode() + b"\n"


def _rid(url: str, kind: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + ':' + url)}>"


def _warc_date(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _response(writer: WARCWriter, url: str, fetched: datetime, body: bytes, ctype: str) -> None:
    http = StatusAndHeaders("200 OK", [
        ("Date", format_datetime(fetched, usegmt=True)),
        ("Server", "nginx"),
        ("Content-Type", ctype),
        ("Content-Length", str(len(body))),
        ("Cache-Control", "max-age=300"),
    ], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=BytesIO(body), length=len(body),
                                       http_headers=http, warc_headers_dict={
                                           "WARC-Date": _warc_date(fetched),
                                           "WARC-Record-ID": _rid(url, "response"),
                                       })
    writer.write_record(record)


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    first = min(datetime.fromisoformat(p[1].replace("Z", "+00:00")) for p in PAGES)
    with OUT.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        info = writer.create_warcinfo_record("frontwatch-sample-crawl.warc.gz", {
            "software": "frontwatch samples/make_warc.py (warcio)",
            "format": "WARC File Format 1.0",
            "description": NOTE,
            "isPartOf": "frontwatch sample corpus",
        })
        info.rec_headers.replace_header("WARC-Date", _warc_date(first))
        info.rec_headers.replace_header("WARC-Record-ID", _rid("warcinfo", "warcinfo"))
        writer.write_record(info)
        _response(writer, "https://worldheadlineshub.blogspot.example/robots.txt", first, ROBOTS,
                  "text/plain")
        for url, published, html in PAGES:
            fetched = datetime.fromisoformat(published.replace("Z", "+00:00")) + timedelta(hours=2)
            _response(writer, url, fetched, html.encode("utf-8"), "text/html; charset=utf-8")
    print(f"wrote {OUT} ({len(PAGES)} HTML pages)")


if __name__ == "__main__":
    main()
